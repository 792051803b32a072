package dk.sygesikring.domain.card;

import dk.sygesikring.domain.configuration.CardFee;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * CARD-3 and DOC-12: the fee of each card, decided by why it is issued. The amount is the configured fee of the
 * order's year ({@link CardFee}); each card is one decision, so a mother and two children changing doctor pay three.
 */
public final class CardFeePolicy {

    /** Exemption 8: a cracked card more than this many years old is replaced free; the rule's, not a parameter. */
    public static final int CRACKED_CARD_FREE_AFTER_YEARS = 4;

    private final CardFee fee;

    public CardFeePolicy(CardFee fee) {
        this.fee = Objects.requireNonNull(fee, "fee");
    }

    /**
     * @param cardValidFrom for {@link CardOrderReason#CRACKED}: the valid-from date on the cracked card
     * @param orderedOn     the day of the order, whose year's fee applies
     */
    public CardFeeDecision feeFor(CardOrderReason reason, Optional<LocalDate> cardValidFrom, LocalDate orderedOn) {
        if (reason.exemption() != null) {
            return new CardFeeDecision.Exempt(reason.exemption());
        }
        if (reason == CardOrderReason.CRACKED) {
            LocalDate validFrom = cardValidFrom.orElseThrow(
                    () -> new IllegalArgumentException("a cracked card's fee depends on its valid-from date"));
            if (validFrom.plusYears(CRACKED_CARD_FREE_AFTER_YEARS).isBefore(orderedOn)) {
                return new CardFeeDecision.Exempt(FeeExemption.CRACKED_CARD_OVER_FOUR_YEARS);
            }
        }
        if (reason.cause() == CardOrderReason.Cause.NOT_THE_PERSONS) {
            return new CardFeeDecision.NotThePersonsDoing();
        }
        return new CardFeeDecision.Charged(fee.amountIn(Year.from(orderedOn)));
    }
}

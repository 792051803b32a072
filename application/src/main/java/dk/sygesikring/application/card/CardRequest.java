package dk.sygesikring.application.card;

import dk.sygesikring.domain.card.CardOrderReason;
import dk.sygesikring.domain.card.CardPayment;
import dk.sygesikring.domain.person.Cpr;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's card to order.
 *
 * @param validFrom     the day the card is valid from: today, or a future doctor change's effective date (CARD-5)
 * @param cardValidFrom for a cracked card: the valid-from date on it (CARD-3 exemption 8)
 * @param payment       how a charged card is paid; ignored for a free one
 */
public record CardRequest(Cpr cpr, CardOrderReason reason, LocalDate validFrom, Optional<LocalDate> cardValidFrom,
                          CardPayment payment) {

    public CardRequest {
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(cardValidFrom, "cardValidFrom");
        Objects.requireNonNull(payment, "payment");
    }
}

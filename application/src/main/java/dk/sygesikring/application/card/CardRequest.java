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
 * @param notBefore     CARD-7: a day before which the order does not go to the supplier (A42 and P10 wait 3 days)
 */
public record CardRequest(Cpr cpr, CardOrderReason reason, LocalDate validFrom, Optional<LocalDate> cardValidFrom,
                          CardPayment payment, Optional<LocalDate> notBefore) {

    public CardRequest(Cpr cpr, CardOrderReason reason, LocalDate validFrom, Optional<LocalDate> cardValidFrom,
                       CardPayment payment) {
        this(cpr, reason, validFrom, cardValidFrom, payment, Optional.empty());
    }

    public CardRequest {
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(cardValidFrom, "cardValidFrom");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(notBefore, "notBefore");
    }
}

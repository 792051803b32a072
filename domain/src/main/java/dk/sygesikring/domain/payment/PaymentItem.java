package dk.sygesikring.domain.payment;

import dk.sygesikring.domain.person.Cpr;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One person's card in a payment (DOC-12).
 *
 * @param chargeId Nets's id of the charge, once charged; null before
 * @param closedAt when it was charged or released; null while open
 */
public record PaymentItem(Cpr cpr, BigDecimal kroner, Status status, String chargeId, Instant closedAt) {

    public enum Status { OPEN, CHARGED, RELEASED }

    public PaymentItem {
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(kroner, "kroner");
        Objects.requireNonNull(status, "status");
        if (kroner.signum() <= 0 || kroner.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("a paid card costs more than 0 kr, in whole øre: " + kroner);
        }
        kroner = kroner.setScale(2);
        if ((status == Status.CHARGED) != (chargeId != null) || (status == Status.OPEN) != (closedAt == null)) {
            throw new IllegalArgumentException("a charged item has its charge, a closed one its time: " + status);
        }
    }

    public static PaymentItem of(Cpr cpr, BigDecimal kroner) {
        return new PaymentItem(cpr, kroner, Status.OPEN, null, null);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    PaymentItem charged(String charge, Instant at) {
        return new PaymentItem(cpr, kroner, Status.CHARGED, Objects.requireNonNull(charge, "chargeId"), at);
    }

    PaymentItem released(Instant at) {
        return new PaymentItem(cpr, kroner, Status.RELEASED, null, at);
    }
}

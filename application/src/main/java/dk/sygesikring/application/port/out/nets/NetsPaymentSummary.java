package dk.sygesikring.application.port.out.nets;

import java.math.BigDecimal;
import java.util.Objects;

/** What Nets holds of one payment, in kroner. Nothing reserved yet: the citizen has not completed the checkout. */
public record NetsPaymentSummary(String paymentId, BigDecimal reserved, BigDecimal charged, BigDecimal cancelled,
                                 BigDecimal refunded) {

    public NetsPaymentSummary {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(reserved, "reserved");
        Objects.requireNonNull(charged, "charged");
        Objects.requireNonNull(cancelled, "cancelled");
        Objects.requireNonNull(refunded, "refunded");
    }
}

package dk.sygesikring.application.port.out.nets;

import java.net.URI;
import java.util.Objects;

/** A payment created at Nets: its id, and the hosted checkout page where the citizen reserves the amount. */
public record NetsCheckout(String paymentId, URI checkoutUrl) {

    public NetsCheckout {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(checkoutUrl, "checkoutUrl");
    }
}

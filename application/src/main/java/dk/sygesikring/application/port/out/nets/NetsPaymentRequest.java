package dk.sygesikring.application.port.out.nets;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A payment to create: one item per card, each person paying for their own (PAY-2, DOC-12).
 *
 * @param reference            this service's id of the payment: the order reference Nets shows, and the idempotency key
 * @param returnUrl            where the hosted checkout sends the citizen when they are done
 * @param webhookUrl           where Nets posts the payment's events
 * @param webhookAuthorization what Nets puts in the webhooks' Authorization header, so this service knows them for Nets's
 */
public record NetsPaymentRequest(UUID reference, List<Item> items, URI returnUrl, URI webhookUrl,
                                 String webhookAuthorization) {

    public NetsPaymentRequest {
        Objects.requireNonNull(reference, "reference");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a payment has at least one item");
        }
        Objects.requireNonNull(returnUrl, "returnUrl");
        Objects.requireNonNull(webhookUrl, "webhookUrl");
        Objects.requireNonNull(webhookAuthorization, "webhookAuthorization");
    }

    public BigDecimal totalKroner() {
        return items.stream().map(Item::kroner).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** @param reference e.g. the card order's id; {@code name} what the citizen sees ("Sundhedskort, Anna Jensen") */
    public record Item(String reference, String name, BigDecimal kroner) {
        public Item {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kroner, "kroner");
            if (kroner.signum() <= 0 || kroner.scale() > 2) {
                throw new IllegalArgumentException("an item costs more than 0 kr, in whole øre: " + kroner);
            }
        }
    }
}

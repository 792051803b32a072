package dk.sygesikring.domain.payment;

import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A citizen's payment by payment card, through Nets, for the cards of one forløb (PAY-1, PAY-2, CARD-12): one item per
 * person, each paying for their own card (DOC-12). The amount is reserved in Nets's checkout when the order is made,
 * and each person's part is charged when their card is dispatched; what is not charged is released when the forløb
 * ends without the card. Immutable: each change returns the changed payment.
 *
 * @param keyReference the municipality's Nets key reference when the payment was made (PAY-4: tried after the current one)
 */
public record Payment(UUID id, ForloebId forloebId, MunicipalityCode municipality, Cpr payer, List<PaymentItem> items,
                      String keyReference, Instant createdAt, PaymentState state) {

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(forloebId, "forloebId");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(payer, "payer");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a payment pays for at least one card");
        }
        if (items.stream().map(PaymentItem::cpr).distinct().count() != items.size()) {
            throw new IllegalArgumentException("one item per person");
        }
        Objects.requireNonNull(keyReference, "keyReference");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(state, "state");
    }

    /** A new payment, to be created at Nets. */
    public static Payment start(ForloebId forloebId, MunicipalityCode municipality, Cpr payer, List<PaymentItem> items,
                                String keyReference, Instant now) {
        return start(UUID.randomUUID(), forloebId, municipality, payer, items, keyReference, now);
    }

    /** The same with an id chosen by the caller, whose card orders name it before it exists. */
    public static Payment start(UUID id, ForloebId forloebId, MunicipalityCode municipality, Cpr payer,
                                List<PaymentItem> items, String keyReference, Instant now) {
        return new Payment(id, forloebId, municipality, payer, items, keyReference, now, new PaymentState.Creating());
    }

    /** PAY-2: what the citizen pays in all. */
    public BigDecimal total() {
        return items.stream().map(PaymentItem::kroner).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Optional<PaymentItem> itemOf(Cpr cpr) {
        return items.stream().filter(item -> item.cpr().equals(cpr)).findFirst();
    }

    /** Nets has made the payment: the citizen can reserve the amount in its checkout. */
    public Payment createdAtNets(String netsPaymentId, URI checkoutUrl) {
        return state instanceof PaymentState.Creating
                ? with(items, new PaymentState.AwaitingCheckout(netsPaymentId, checkoutUrl)) : this;
    }

    /** The citizen reserved the amount. A repeated or late report changes nothing. */
    public Payment reserved(Instant at) {
        return state instanceof PaymentState.AwaitingCheckout awaiting
                ? with(items, new PaymentState.Reserved(awaiting.netsPaymentId(), at)) : this;
    }

    /** The checkout failed: nothing is reserved, the cards wait. */
    public Payment checkoutFailed(Instant at) {
        return state instanceof PaymentState.AwaitingCheckout awaiting
                ? with(items, new PaymentState.CheckoutFailed(awaiting.netsPaymentId(), at)) : this;
    }

    /** CARD-12: the person's card is dispatched and their part is charged; charged once, however often reported. */
    public Payment charged(Cpr cpr, String chargeId, Instant at) {
        List<PaymentItem> changed = new ArrayList<>();
        for (PaymentItem item : items) {
            changed.add(item.cpr().equals(cpr) && item.isOpen() ? item.charged(chargeId, at) : item);
        }
        return with(changed, state);
    }

    /** PAY-1: what is not charged is released (the forløb was cancelled, the dispensation rejected). */
    public Payment released(Instant at) {
        List<PaymentItem> changed = items.stream().map(item -> item.isOpen() ? item.released(at) : item).toList();
        return with(changed, state instanceof PaymentState.Reserved || state instanceof PaymentState.AwaitingCheckout
                ? new PaymentState.Released(netsPaymentId().orElseThrow(), at) : state);
    }

    /** Nets's id of the payment, once it has one. */
    public Optional<String> netsPaymentId() {
        return switch (state) {
            case PaymentState.Creating creating -> Optional.empty();
            case PaymentState.AwaitingCheckout awaiting -> Optional.of(awaiting.netsPaymentId());
            case PaymentState.Reserved reserved -> Optional.of(reserved.netsPaymentId());
            case PaymentState.CheckoutFailed failed -> Optional.of(failed.netsPaymentId());
            case PaymentState.Released released -> Optional.of(released.netsPaymentId());
        };
    }

    public boolean isReserved() {
        return state instanceof PaymentState.Reserved;
    }

    private Payment with(List<PaymentItem> newItems, PaymentState newState) {
        return new Payment(id, forloebId, municipality, payer, newItems, keyReference, createdAt, newState);
    }
}

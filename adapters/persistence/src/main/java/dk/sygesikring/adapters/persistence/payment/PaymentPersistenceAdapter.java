package dk.sygesikring.adapters.persistence.payment;

import dk.sygesikring.adapters.persistence.payment.PaymentRepositories.PaymentItemRepository;
import dk.sygesikring.adapters.persistence.payment.PaymentRepositories.PaymentRepository;
import dk.sygesikring.adapters.persistence.payment.PaymentRows.PaymentItemRow;
import dk.sygesikring.adapters.persistence.payment.PaymentRows.PaymentRow;
import dk.sygesikring.application.port.out.PaymentStorePort;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.payment.Payment;
import dk.sygesikring.domain.payment.PaymentItem;
import dk.sygesikring.domain.payment.PaymentState;
import dk.sygesikring.domain.person.Cpr;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores a payment as a row and a row per item; after it is made only the states change. */
@Singleton
class PaymentPersistenceAdapter implements PaymentStorePort {

    private final PaymentRepository payments;
    private final PaymentItemRepository items;

    PaymentPersistenceAdapter(PaymentRepository payments, PaymentItemRepository items) {
        this.payments = payments;
        this.items = items;
    }

    @Override
    public void save(Payment payment) {
        String netsId = payment.netsPaymentId().orElse(null);
        String checkoutUrl = payment.state() instanceof PaymentState.AwaitingCheckout awaiting
                ? awaiting.checkoutUrl().toString() : null;
        payments.upsert(new PaymentRow(payment.id(), payment.forloebId().value(), payment.municipality().value(),
                payment.payer().value(), payment.keyReference(), payment.createdAt(), stateName(payment.state()), netsId,
                checkoutUrl, stateAt(payment.state())));
        for (int position = 0; position < payment.items().size(); position++) {
            PaymentItem item = payment.items().get(position);
            items.upsert(payment.id(), (short) position, item.cpr().value(), item.kroner(), item.status().name(),
                    item.chargeId(), item.closedAt());
        }
    }

    @Override
    public Optional<Payment> load(UUID id) {
        return payments.findById(id).map(this::toPayment);
    }

    @Override
    public Optional<Payment> loadForUpdate(UUID id) {
        return payments.findByIdForUpdate(id).map(this::toPayment);
    }

    @Override
    public Optional<Payment> ofForloeb(ForloebId forloebId) {
        return payments.findByForloebId(forloebId.value()).map(this::toPayment);
    }

    @Override
    public Optional<Payment> loadForUpdateByNetsId(String netsPaymentId) {
        return payments.findByNetsPaymentIdForUpdate(netsPaymentId).map(this::toPayment);
    }

    @Override
    public boolean recordWebhookEvent(String eventId, String eventName, String netsPaymentId, Instant receivedAt) {
        return payments.insertEvent(eventId, eventName, netsPaymentId, receivedAt) == 1;
    }

    private Payment toPayment(PaymentRow row) {
        List<PaymentItem> paid = items.findOfPayment(row.id()).stream()
                .map(PaymentPersistenceAdapter::toItem).toList();
        return new Payment(row.id(), new ForloebId(row.forloebId()), MunicipalityCode.of(row.municipalityCode()),
                Cpr.of(row.payerCpr()), paid, row.keyReference(), row.createdAt(), toState(row));
    }

    private static PaymentItem toItem(PaymentItemRow row) {
        return new PaymentItem(Cpr.of(row.cpr()), row.kroner(), PaymentItem.Status.valueOf(row.status()), row.chargeId(),
                row.closedAt());
    }

    private static String stateName(PaymentState state) {
        return switch (state) {
            case PaymentState.Creating creating -> "CREATING";
            case PaymentState.AwaitingCheckout awaiting -> "AWAITING_CHECKOUT";
            case PaymentState.Reserved reserved -> "RESERVED";
            case PaymentState.CheckoutFailed failed -> "CHECKOUT_FAILED";
            case PaymentState.Released released -> "RELEASED";
        };
    }

    private static Instant stateAt(PaymentState state) {
        return switch (state) {
            case PaymentState.Creating creating -> null;
            case PaymentState.AwaitingCheckout awaiting -> null;
            case PaymentState.Reserved reserved -> reserved.at();
            case PaymentState.CheckoutFailed failed -> failed.at();
            case PaymentState.Released released -> released.at();
        };
    }

    private static PaymentState toState(PaymentRow row) {
        return switch (row.state()) {
            case "CREATING" -> new PaymentState.Creating();
            case "AWAITING_CHECKOUT" -> new PaymentState.AwaitingCheckout(row.netsPaymentId(), URI.create(row.checkoutUrl()));
            case "RESERVED" -> new PaymentState.Reserved(row.netsPaymentId(), row.stateAt());
            case "CHECKOUT_FAILED" -> new PaymentState.CheckoutFailed(row.netsPaymentId(), row.stateAt());
            case "RELEASED" -> new PaymentState.Released(row.netsPaymentId(), row.stateAt());
            default -> throw new IllegalStateException("unknown payment state " + row.state());
        };
    }
}

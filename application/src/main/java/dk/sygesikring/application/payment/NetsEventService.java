package dk.sygesikring.application.payment;

import dk.sygesikring.application.card.CardOrdering;
import dk.sygesikring.application.port.out.PaymentStorePort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.payment.Payment;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/**
 * Takes Nets's webhook events. The payment is locked first, so two deliveries of one event queue and the second finds
 * it recorded. What matters is the reservation: the citizen completed the checkout, and the forløb's cards go to the
 * supplier (CARD-12). A charge or cancellation is known from Nets's answer to the call that made it; its event only
 * confirms it and is recorded.
 */
@Singleton
public class NetsEventService implements ReceiveNetsEventUseCase {

    private final PaymentStorePort payments;
    private final CardOrdering cards;
    private final TransactionPort transactions;
    private final Clock clock;

    public NetsEventService(PaymentStorePort payments, CardOrdering cards, TransactionPort transactions, Clock clock) {
        this.payments = payments;
        this.cards = cards;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Receipt receive(NetsEvent event) {
        return transactions.inTransaction(() -> payments.loadForUpdateByNetsId(event.netsPaymentId())
                .map(payment -> take(payment, event, clock.instant()))
                .orElse(Receipt.NOT_OURS));
    }

    private Receipt take(Payment payment, NetsEvent event, Instant now) {
        if (!payments.recordWebhookEvent(event.eventId(), event.name(), event.netsPaymentId(), now)) {
            return Receipt.ALREADY_TAKEN;
        }
        switch (event.kind()) {
            case NetsEvent.RESERVATION_CREATED -> {
                Payment reserved = payment.reserved(now);
                if (!reserved.equals(payment)) {
                    payments.save(reserved);
                    cards.paid(payment.forloebId());
                }
            }
            case NetsEvent.RESERVATION_FAILED -> payments.save(payment.checkoutFailed(now));
            default -> { }
        }
        return Receipt.TAKEN;
    }
}

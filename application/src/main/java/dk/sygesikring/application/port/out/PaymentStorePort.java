package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.payment.Payment;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The citizens' card payments through Nets (PAY-1), and the Nets webhook events already taken. */
public interface PaymentStorePort {

    /** Inserts a new payment or stores the new state of a known one. */
    void save(Payment payment);

    Optional<Payment> load(UUID id);

    /** The payment, locked until the transaction ends: its events are taken one at a time. */
    Optional<Payment> loadForUpdate(UUID id);

    /** The forløb's payment, if its cards are paid by payment card. */
    Optional<Payment> ofForloeb(ForloebId forloebId);

    /** The payment Nets knows by this id, locked until the transaction ends. */
    Optional<Payment> loadForUpdateByNetsId(String netsPaymentId);

    /** Records a webhook event of Nets. True the first time its id is seen; false for an event delivered again. */
    boolean recordWebhookEvent(String eventId, String eventName, String netsPaymentId, Instant receivedAt);
}

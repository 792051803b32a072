package dk.sygesikring.application.payment;

import dk.sygesikring.application.outbox.Delivery;
import dk.sygesikring.application.outbox.OutboxHandler;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.PaymentStorePort;
import dk.sygesikring.application.port.out.nets.NetsCheckout;
import dk.sygesikring.application.port.out.nets.NetsCommand;
import dk.sygesikring.application.port.out.nets.NetsEndpoints;
import dk.sygesikring.application.port.out.nets.NetsKeys;
import dk.sygesikring.application.port.out.nets.NetsOutcome;
import dk.sygesikring.application.port.out.nets.NetsPaymentRequest;
import dk.sygesikring.application.port.out.nets.NetsPort;
import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxRecord;
import dk.sygesikring.domain.payment.Payment;
import dk.sygesikring.domain.payment.PaymentItem;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Carries a payment's steps to Nets with the record's id as idempotency key (INT-3): Nets answers a key it has seen
 * with its first result, so a payment is made, a part charged, a reservation released once. PAY-4: each call tries the
 * municipality's current key first and then the key the payment was made under, so a rotation on one side before the
 * other does not stop a capture. A step nothing waits for any more (a part already charged, nothing left to release) is
 * withdrawn.
 */
@Singleton
public class NetsOutboxHandler implements OutboxHandler {

    private final NetsPort nets;
    private final PaymentStorePort payments;
    private final LoadConfigurationPort configuration;
    private final NetsEndpoints endpoints;

    public NetsOutboxHandler(NetsPort nets, PaymentStorePort payments, LoadConfigurationPort configuration,
                             NetsEndpoints endpoints) {
        this.nets = nets;
        this.payments = payments;
        this.configuration = configuration;
        this.endpoints = endpoints;
    }

    @Override
    public OutboxKind kind() {
        return OutboxKind.NETS_PAYMENT;
    }

    @Override
    public Delivery deliver(OutboxRecord record, Instant now) {
        NetsCommand command = record.payload(NetsCommand.class);
        Payment payment = payments.loadForUpdate(command.paymentId())
                .orElseThrow(() -> new IllegalStateException("outbox record " + record.id() + " names no payment"));
        NetsKeys keys = keys(payment);
        String key = record.id().toString();
        return switch (command) {
            case NetsCommand.CreatePayment create -> create(payment, keys, now);
            case NetsCommand.Charge charge -> {
                Optional<PaymentItem> item = payment.itemOf(charge.cpr()).filter(PaymentItem::isOpen);
                if (item.isEmpty() || payment.netsPaymentId().isEmpty()) {
                    yield new Delivery.Withdrawn("Intet at trække for " + charge.cpr().value());
                }
                yield done(nets.charge(payment.netsPaymentId().get(), item.get().kroner(), charge.cpr().value(), key, keys),
                        id -> payments.save(payment.charged(charge.cpr(), id, now)));
            }
            case NetsCommand.Release release -> {
                BigDecimal open = payment.items().stream().filter(PaymentItem::isOpen).map(PaymentItem::kroner)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (open.signum() == 0) {
                    yield new Delivery.Withdrawn("Intet at frigive");
                }
                if (!payment.isReserved()) {
                    // nothing is reserved at Nets (the checkout was never completed): released here alone
                    payments.save(payment.released(now));
                    yield new Delivery.Withdrawn("Intet reserveret hos Nets");
                }
                yield done(nets.cancel(payment.netsPaymentId().orElseThrow(), open, key, keys),
                        id -> payments.save(payment.released(now)));
            }
        };
    }

    private Delivery create(Payment payment, NetsKeys keys, Instant now) {
        if (payment.netsPaymentId().isPresent()) {
            return new Delivery.Withdrawn("Betalingen findes allerede hos Nets");
        }
        if (payment.items().stream().noneMatch(PaymentItem::isOpen)) {
            return new Delivery.Withdrawn("Intet at betale: forløbet er afsluttet");
        }
        NetsCheckout checkout = nets.createPayment(new NetsPaymentRequest(payment.id(), payment.items().stream()
                .map(item -> new NetsPaymentRequest.Item(item.cpr().value(), "Sundhedskort", item.kroner())).toList(),
                endpoints.returnUrl(), endpoints.webhookUrl(), endpoints.webhookAuthorization()), keys);
        payments.save(payment.createdAtNets(checkout.paymentId(), checkout.checkoutUrl()));
        return new Delivery.Confirmed(checkout.paymentId(), now);
    }

    private static Delivery done(NetsOutcome outcome, Consumer<String> recorded) {
        return switch (outcome) {
            case NetsOutcome.Done done -> {
                recorded.accept(done.id());
                yield new Delivery.Confirmed(done.id(), done.at());
            }
            case NetsOutcome.Refused refused -> new Delivery.Refused(refused.reason());
        };
    }

    /** PAY-4: the municipality's key now, then the one the payment was made under. */
    private NetsKeys keys(Payment payment) {
        Optional<String> current = configuration.loadLocal(payment.municipality()).flatMap(local -> local.netsKeyReference());
        return new NetsKeys(current.map(reference -> List.of(reference, payment.keyReference()))
                .orElse(List.of(payment.keyReference())));
    }
}

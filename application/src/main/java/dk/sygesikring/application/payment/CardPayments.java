package dk.sygesikring.application.payment;

import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.OutboxPort;
import dk.sygesikring.application.port.out.PaymentStorePort;
import dk.sygesikring.application.port.out.nets.NetsCommand;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.card.CardPayment;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.payment.Payment;
import dk.sygesikring.domain.payment.PaymentItem;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The payments of cards by payment card (PAY-1, CARD-12): made with the order, charged person by person as their cards
 * are dispatched, released when the forløb ends without them. Each step goes to Nets through the outbox, in the
 * caller's transaction, so it happens once however the calls to Nets fare.
 */
@Singleton
public class CardPayments {

    public static final Refusal NO_NETS_AGREEMENT = Refusal.unprocessable("no-nets-agreement", "CFG-2",
            "The municipality has no payment agreement with Nets set up, so cards cannot be paid by payment card here");

    private final PaymentStorePort payments;
    private final OutboxPort outbox;
    private final LoadConfigurationPort configuration;
    private final Clock clock;

    public CardPayments(PaymentStorePort payments, OutboxPort outbox, LoadConfigurationPort configuration, Clock clock) {
        this.payments = payments;
        this.outbox = outbox;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** The payment a citizen's order will be paid with, refused where the municipality has no Nets agreement. */
    public Outcome<Payment> prepare(UUID id, Forloeb forloeb, Cpr payer, List<PaymentItem> items) {
        return configuration.loadLocal(forloeb.municipality()).flatMap(local -> local.netsKeyReference())
                .<Outcome<Payment>>map(key -> Outcome.success(Payment.start(id, forloeb.id(), forloeb.municipality(), payer,
                        items, key, clock.instant())))
                .orElseGet(() -> Outcome.refused(NO_NETS_AGREEMENT));
    }

    /** Stores the payment and asks Nets to make it. */
    public void start(Payment payment) {
        payments.save(payment);
        outbox.enqueue(UUID.randomUUID(), payment.forloebId(), new NetsCommand.CreatePayment(payment.id()), clock.instant());
    }

    /** The forløb's payment by payment card, if it has one. */
    public Optional<Payment> ofForloeb(ForloebId forloebId) {
        return payments.ofForloeb(forloebId);
    }

    /** CARD-12: the card is dispatched: its person's part is charged. Called once per order, as it is dispatched. */
    public void dispatched(CardOrder order) {
        if (order.payment() instanceof CardPayment.ByPaymentCard byCard && order.fee().isCharged()) {
            outbox.enqueue(UUID.randomUUID(), order.forloebId(), new NetsCommand.Charge(byCard.paymentId(), order.cpr()),
                    clock.instant());
        }
    }

    /** PAY-1: the forløb ended without (some of) its cards: what is not charged is released. */
    public void release(ForloebId forloebId) {
        Instant now = clock.instant();
        payments.ofForloeb(forloebId)
                .filter(payment -> payment.items().stream().anyMatch(PaymentItem::isOpen))
                .ifPresent(payment -> outbox.enqueue(UUID.randomUUID(), forloebId, new NetsCommand.Release(payment.id()), now));
    }
}

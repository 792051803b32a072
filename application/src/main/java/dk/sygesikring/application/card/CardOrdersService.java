package dk.sygesikring.application.card;

import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.CardOrderStorePort;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.PaymentStorePort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.card.CardFeePolicy;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.payment.Payment;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads card orders and payments for those who may read their person (ROLE-3), and quotes fees before an order (PAY-2). */
@Singleton
public class CardOrdersService implements CardOrdersUseCase {

    static final Refusal NOT_FOUND = Refusal.notFound("card-order-not-found", "No card order has this id");
    static final Refusal NO_SUCH_PAYMENT = Refusal.notFound("payment-not-found", "No payment has this id");

    private final PersonGate persons;
    private final CardOrderStorePort orders;
    private final PaymentStorePort payments;
    private final LoadConfigurationPort configuration;
    private final TransactionPort transactions;
    private final Clock clock;

    public CardOrdersService(PersonGate persons, CardOrderStorePort orders, PaymentStorePort payments,
                             LoadConfigurationPort configuration, TransactionPort transactions, Clock clock) {
        this.payments = payments;
        this.persons = persons;
        this.orders = orders;
        this.configuration = configuration;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<CardFeeQuote> quote(Actor actor, List<OrderCardsCommand.CardToOrder> cards) {
        CardFeePolicy fees = new CardFeePolicy(configuration.loadGlobal().cardFee());
        LocalDate today = LocalDate.now(clock);
        return transactions.inTransaction(() -> Outcome.forEach(cards, card -> persons.actingFor(actor, card.cpr(), AuditAction.ORDER_CARD)
                        .map(person -> new CardFeeQuote.Card(card.cpr(), card.reason(),
                                fees.feeFor(card.reason(), card.cardValidFrom(), today))))
                .map(CardFeeQuote::new));
    }

    @Override
    public Outcome<CardOrder> read(Actor reader, UUID cardOrderId) {
        return transactions.inTransaction(() -> Outcome.present(orders.load(cardOrderId), NOT_FOUND)
                .flatMap(order -> persons.readable(reader, order.cpr(), AuditAction.READ_CARD_ORDERS).map(person -> order)));
    }

    @Override
    public Outcome<Payment> payment(Actor reader, UUID paymentId) {
        return transactions.inTransaction(() -> Outcome.present(payments.load(paymentId), NO_SUCH_PAYMENT)
                .flatMap(payment -> persons.readable(reader, payment.payer(), AuditAction.READ_CARD_ORDERS).map(person -> payment)));
    }

    @Override
    public Optional<Payment> paymentOf(Actor reader, ForloebId forloebId) {
        return transactions.inTransaction(() -> payments.ofForloeb(forloebId)
                .filter(payment -> persons.readable(reader, payment.payer(), AuditAction.READ_CARD_ORDERS) instanceof Outcome.Success));
    }

    @Override
    public Outcome<List<CardOrder>> ofPerson(Actor reader, Cpr cpr) {
        return transactions.inTransaction(() -> persons.readable(reader, cpr, AuditAction.READ_CARD_ORDERS)
                .map(person -> orders.ofPerson(cpr)));
    }
}

package dk.sygesikring.application.card;

import dk.sygesikring.application.idempotency.IdempotentForloeb;
import dk.sygesikring.application.letter.Receipts;
import dk.sygesikring.application.payment.CardPayments;
import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.CardOrderStorePort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.card.CardPayment;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.payment.Payment;
import dk.sygesikring.domain.payment.PaymentItem;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.result.Outcome;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Orders cards explicitly, once per Idempotency-Key: the actor must act for every person (ROLE-3), each card must be
 * possible ({@link CardOrdering#prepare}), and only then is the card-order forløb stored with every order and, for a
 * citizen's cards with a fee, their payment, in one transaction. The forløb belongs to the caseworker's municipality,
 * or to the municipality a citizen lives in.
 */
@Singleton
public class OrderCardsService implements OrderCardsUseCase {

    private final PersonGate persons;
    private final CardOrdering ordering;
    private final CardPayments payments;
    private final CardOrderStorePort orders;
    private final ForloebStorePort forloeb;
    private final IdempotentForloeb idempotent;
    private final Receipts receipts;
    private final TransactionPort transactions;
    private final Clock clock;

    public OrderCardsService(PersonGate persons, CardOrdering ordering, CardPayments payments, CardOrderStorePort orders,
                             ForloebStorePort forloeb, IdempotentForloeb idempotent, Receipts receipts,
                             TransactionPort transactions, Clock clock) {
        this.receipts = receipts;
        this.payments = payments;
        this.persons = persons;
        this.ordering = ordering;
        this.orders = orders;
        this.forloeb = forloeb;
        this.idempotent = idempotent;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<CardOrderCase> order(OrderCardsCommand command) {
        Creator creator = Creator.of(command.actor());
        UUID paymentId = UUID.randomUUID();
        return transactions.inTransaction(() -> idempotent.earlierAnswer(creator, command.idempotencyKey(), command.fingerprint())
                .map(earlier -> earlier.map(this::withOrders))
                .orElseGet(() -> Outcome.forEach(command.cprs(),
                                cpr -> persons.actingFor(command.actor(), cpr, AuditAction.ORDER_CARD))
                        .flatMap(admitted -> prepare(command, owner(command, admitted.get(0)), paymentId))
                        .flatMap(prepared -> start(command, creator, prepared, paymentId))));
    }

    /**
     * A caseworker's cards are paid at the municipality (PAY-3); a citizen's through Nets, one payment for all of them
     * (PAY-2), named by the cards before it is made.
     */
    private Outcome<List<CardOrdering.Prepared>> prepare(OrderCardsCommand command, MunicipalityCode owner, UUID paymentId) {
        LocalDate today = LocalDate.now(clock);
        boolean byCitizen = command.actor() instanceof Citizen;
        CardPayment payment = byCitizen ? new CardPayment.ByPaymentCard(paymentId)
                : new CardPayment.AtMunicipality(command.paymentChannel());
        return Outcome.forEach(command.cards(), card -> ordering.prepare(owner, new CardRequest(card.cpr(), card.reason(),
                today, card.cardValidFrom(), payment), byCitizen ? CardOrdering.Source.CITIZEN : CardOrdering.Source.CASEWORKER));
    }

    private Outcome<CardOrderCase> start(OrderCardsCommand command, Creator creator, List<CardOrdering.Prepared> prepared,
                                         UUID paymentId) {
        Instant now = clock.instant();
        Forloeb created = Forloeb.start(ForloebType.CARD_ORDER, prepared.get(0).owner(), creator, command.mainPerson(),
                command.cprs(), now, null);
        List<PaymentItem> paid = prepared.stream().filter(card -> card.payment() instanceof CardPayment.ByPaymentCard)
                .map(card -> PaymentItem.of(card.request().cpr(), card.fee().kroner())).toList();
        Outcome<Optional<Payment>> payment = paid.isEmpty() ? Outcome.success(Optional.empty())
                : payments.prepare(paymentId, created, ((Citizen) command.actor()).cpr(), paid).map(Optional::of);
        return payment.flatMap(toPay -> idempotent.once(creator, command.idempotencyKey(), command.fingerprint(), created, () -> {
            toPay.ifPresent(payments::start);
            Forloeb placing = created;
            List<CardOrder> made = new ArrayList<>();
            for (CardOrdering.Prepared card : prepared) {
                CardOrdering.Placed placed = ordering.place(placing, card, creator);
                placing = placed.forloeb();
                made.add(placed.order());
            }
            Forloeb stored = receipts.cardOrder(placing, made, now).completeIfNothingOpen(now);
            forloeb.save(stored);
            return new CardOrderCase(stored, made, toPay);
        }, this::withOrders));
    }

    /** ROLE-2: a caseworker's forløb is their municipality's; a citizen's, the municipality of the main person's address. */
    private static MunicipalityCode owner(OrderCardsCommand command, Person mainPerson) {
        return command.actor() instanceof Caseworker caseworker ? caseworker.municipality()
                : mainPerson.address().municipalityCode();
    }

    private CardOrderCase withOrders(Forloeb stored) {
        return new CardOrderCase(stored, orders.ofForloeb(stored.id()), payments.ofForloeb(stored.id()));
    }
}

package dk.sygesikring.application.card;

import dk.sygesikring.application.deadline.Deadline;
import dk.sygesikring.application.port.out.CardOrderStorePort;
import dk.sygesikring.application.port.out.DeadlinePort;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.LoadPersonPort;
import dk.sygesikring.application.port.out.OutboxPort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.cardsupplier.CardOrderForSupplier;
import dk.sygesikring.domain.card.CardDelivery;
import dk.sygesikring.domain.card.CardFeeDecision;
import dk.sygesikring.domain.card.CardFeePolicy;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.card.CardOrderDecision;
import dk.sygesikring.domain.card.CardOrderPolicy;
import dk.sygesikring.domain.card.CardOrderState;
import dk.sygesikring.domain.card.CardPayment;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.card.PaymentChannelPolicy;
import dk.sygesikring.domain.configuration.GlobalConfiguration;
import dk.sygesikring.domain.configuration.LocalConfiguration;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.registration.RegistrationHistory;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Places one person's card order in a forløb (CARD-1..CARD-8): the card the registration in force on its valid-from
 * date shows, its fee (CARD-3), and an ORDER_CARD activity that stays open until the card is dispatched. The order
 * goes to the card supplier through the outbox, or waits for its day (CARD-5); an automatic order that makes no card
 * closes its activity at once. Runs inside the caller's transaction, which stores the forløb it returns.
 */
@Singleton
public class CardOrdering {

    private final LoadPersonPort persons;
    private final RegistrationPort registrations;
    private final CardContents contents;
    private final LoadConfigurationPort configuration;
    private final CardOrderStorePort orders;
    private final OutboxPort outbox;
    private final DeadlinePort deadlines;
    private final Clock clock;

    public CardOrdering(LoadPersonPort persons, RegistrationPort registrations, CardContents contents,
                        LoadConfigurationPort configuration, CardOrderStorePort orders, OutboxPort outbox,
                        DeadlinePort deadlines, Clock clock) {
        this.persons = persons;
        this.registrations = registrations;
        this.contents = contents;
        this.configuration = configuration;
        this.orders = orders;
        this.outbox = outbox;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * Decides the card of one request without storing anything, so that a forløb for several persons is stored only
     * when every card can be made. An explicit order is refused when no card can be made (CARD-1, CARD-6); an
     * automatic one that makes none is decided as not ordered, with its reason.
     */
    public Outcome<Prepared> prepare(MunicipalityCode owner, CardRequest request, Source source) {
        LocalDate today = LocalDate.now(clock);
        boolean explicit = source != Source.AUTOMATIC;
        Person person = persons.loadPerson(request.cpr())
                .orElseThrow(() -> new IllegalStateException("no person " + request.cpr().value()));
        RegistrationHistory history = new RegistrationHistory(registrations.loadRegistrations(request.cpr()));
        LocalConfiguration municipality = configuration.loadLocal(owner)
                .orElseThrow(() -> new IllegalStateException("no configuration of " + owner.value()));
        GlobalConfiguration global = configuration.loadGlobal();
        CardFeeDecision fee = new CardFeePolicy(global.cardFee()).feeFor(request.reason(), request.cardValidFrom(), today);
        Optional<Refusal> refusal = explicit
                ? CardOrderPolicy.refusalOfReason(request.reason(), source == Source.CITIZEN, history, today) : Optional.empty();
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        Outcome<CardPayment> payment = !fee.isCharged() ? Outcome.success(new CardPayment.Free())
                : source == Source.CASEWORKER && request.payment() instanceof CardPayment.AtMunicipality given
                ? PaymentChannelPolicy.atMunicipality(municipality, given.channel())
                : Outcome.success(request.payment());
        return payment.flatMap(paidBy -> contents.cardFor(person, history, request.validFrom())
                .flatMap(card -> CardOrderPolicy.decide(explicit, card, person, orders.currentCard(request.cpr()), municipality)
                        .map(decision -> new Prepared(owner, request, explicit, card, decision, fee, paidBy,
                                orderOn(request, global, today)))));
    }

    /** Stores a prepared order in {@code forloeb} with its ORDER_CARD activity, and sends it on or lets it wait. */
    public Placed place(Forloeb forloeb, Prepared prepared, Creator by) {
        Instant now = clock.instant();
        CardRequest request = prepared.request();
        CardFeeDecision fee = prepared.fee();
        Activity activity = Activity.open(ActivityType.ORDER_CARD, now, null, "Sundhedskort bestilles for "
                + request.cpr().value() + ": " + request.reason().danishText());
        Forloeb withActivity = forloeb.withActivity(activity)
                .withDetail("kortbestillingAarsag", request.cpr(), request.reason().name(), by, now)
                .withDetail("gebyr", request.cpr(), fee.kroner().toPlainString(), by, now);
        // CARD-12: a card paid by payment card waits for the citizen's reservation in Nets's checkout
        CardOrderState first = prepared.payment() instanceof CardPayment.ByPaymentCard
                ? new CardOrderState.AwaitingPayment(prepared.orderOn()) : new CardOrderState.WaitingToOrder(prepared.orderOn());
        CardOrder made = new CardOrder(UUID.randomUUID(), forloeb.id(), activity.id(), request.cpr(), forloeb.municipality(),
                request.reason(), prepared.explicit(), by, now, prepared.card(), deliveryOf(prepared.decision(), prepared.card()),
                fee, prepared.payment(), first);
        return switch (prepared.decision()) {
            case CardOrderDecision.DoNotOrder notOrdered -> {
                CardOrder recorded = made.notOrdered(notOrdered.because());
                orders.save(recorded);
                yield new Placed(withActivity.closeActivity(activity.id(), ActivityState.DONE, now, by,
                        notOrdered.because().danishNote() + " (" + notOrdered.because().rule() + ")"), recorded);
            }
            case CardOrderDecision.Order order -> new Placed(withActivity, made.state() instanceof CardOrderState.AwaitingPayment
                    ? saved(made) : sendOrWait(made, LocalDate.now(clock), now));
        };
    }

    /** CARD-12: the amount is reserved: the forløb's cards that waited for it go to the supplier, or wait for their day. */
    public void paid(ForloebId forloebId) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        orders.ofForloeb(forloebId).stream()
                .filter(order -> order.state() instanceof CardOrderState.AwaitingPayment)
                .forEach(order -> sendOrWait(order.paid(), today, now));
    }

    private CardOrder saved(CardOrder order) {
        orders.save(order);
        return order;
    }

    /**
     * CARD-5: a card valid from a later day is ordered the configured days before it; CARD-7: not before the day the
     * request says; else at once.
     */
    private static LocalDate orderOn(CardRequest request, GlobalConfiguration global, LocalDate today) {
        LocalDate preOrderDay = request.validFrom().minusDays(global.cardPreOrder().count());
        LocalDate day = preOrderDay.isAfter(today) ? preOrderDay : today;
        return request.notBefore().filter(day::isBefore).orElse(day);
    }

    /** Sends the order to the supplier when its day has come; otherwise it waits for its deadline (CARD-5). */
    CardOrder sendOrWait(CardOrder waiting, LocalDate today, Instant now) {
        LocalDate orderOn = ((CardOrderState.WaitingToOrder) waiting.state()).orderOn();
        if (orderOn.isAfter(today)) {
            orders.save(waiting);
            deadlines.schedule(new Deadline(Deadline.Kind.CARD_PRE_ORDER, waiting.forloebId(),
                    orderOn.atStartOfDay(clock.getZone()).toInstant()));
            return waiting;
        }
        CardOrder sent = waiting.sent(now);
        orders.save(sent);
        outbox.enqueue(UUID.randomUUID(), sent.forloebId(), new CardOrderForSupplier(sent.id()), now);
        return sent;
    }

    private static CardDelivery deliveryOf(CardOrderDecision decision, HealthCard card) {
        return decision instanceof CardOrderDecision.Order order ? order.delivery()
                : new CardDelivery.ToAddress(card.address());
    }

    /** One card decided: what it shows, whether and where it goes, what it costs and when it is ordered. */
    public record Prepared(MunicipalityCode owner, CardRequest request, boolean explicit, HealthCard card, CardOrderDecision decision,
                           CardFeeDecision fee, CardPayment payment, LocalDate orderOn) {
    }

    /** Who orders: a caseworker or a citizen explicitly ("Bestil sundhedskort"), or the system because of a change. */
    public enum Source { CASEWORKER, CITIZEN, AUTOMATIC }

    /** The forløb with the order's activity, and the order as stored. */
    public record Placed(Forloeb forloeb, CardOrder order) {
    }
}

package dk.sygesikring.application.card;

import dk.sygesikring.application.port.out.CprCardEventsPort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.LoadPersonPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.card.CardOrderReason;
import dk.sygesikring.domain.card.CardPayment;
import dk.sygesikring.domain.card.NameChangeCardPolicy;
import dk.sygesikring.domain.card.TechnicalAddressChange;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The automatic cards of CPR events (CARD-7, CARD-11). An automatic order: no card when it would be identical (CARD-8) or the
 * person opted out of the physical card (CARD-10); free, as no doing of the person's (CARD-3).
 */
@Singleton
public class CprEventCards implements CprEventCardsUseCase {

    static final Refusal NO_ACTIVE_PERSON = Refusal.notFound("person-not-found",
            "The person is not in the local register with a Danish address");

    private final LoadPersonPort persons;
    private final CprCardEventsPort events;
    private final AutomaticCardOrders cards;
    private final ForloebStorePort forloeb;
    private final LoadConfigurationPort configuration;
    private final TransactionPort transactions;
    private final Clock clock;

    public CprEventCards(LoadPersonPort persons, CprCardEventsPort events, AutomaticCardOrders cards, ForloebStorePort forloeb,
                         LoadConfigurationPort configuration, TransactionPort transactions, Clock clock) {
        this.persons = persons;
        this.events = events;
        this.cards = cards;
        this.forloeb = forloeb;
        this.configuration = configuration;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<Forloeb> technicalAddressChange(Cpr cpr, TechnicalAddressChange event) {
        return transactions.inTransaction(() -> active(cpr).map(person -> {
            LocalDate today = LocalDate.now(clock);
            Optional<LocalDate> notBefore = event.waitsBeforeOrdering()
                    ? Optional.of(today.plusDays(configuration.loadGlobal().addressChangeCardDelay().count()))
                    : Optional.empty();
            return orderCard(person, "CPR " + event.name(), event.name() + " " + event.danishText(), CardOrderReason.CPR_EVENT,
                    notBefore);
        }));
    }

    @Override
    public Outcome<Optional<Forloeb>> nameChanged(Cpr cpr, LocalDate changedOn) {
        return transactions.inTransaction(() -> active(cpr).map(person -> {
            events.recordNameChange(cpr, changedOn);
            return events.latestMarriage(cpr).filter(marriedOn -> NameChangeCardPolicy.freeCard(marriedOn, changedOn))
                    .map(marriedOn -> cardForNameChange(person, changedOn));
        }));
    }

    @Override
    public Outcome<Optional<Forloeb>> married(Cpr cpr, LocalDate marriedOn) {
        return transactions.inTransaction(() -> active(cpr).map(person -> {
            events.recordMarriage(cpr, marriedOn);
            return events.nameChangeWithoutCard(cpr).filter(changedOn -> NameChangeCardPolicy.freeCard(marriedOn, changedOn))
                    .map(changedOn -> cardForNameChange(person, changedOn));
        }));
    }

    private Forloeb cardForNameChange(Person person, LocalDate changedOn) {
        events.cardOrderedForNameChanges(person.cpr());
        return orderCard(person, "CPR navneændring", "Navneændring " + changedOn + " ved vielse",
                CardOrderReason.NAME_CHANGE_AT_MARRIAGE, Optional.empty());
    }

    private Outcome<Person> active(Cpr cpr) {
        return Outcome.present(persons.loadPerson(cpr).filter(person -> person.address() != null), NO_ACTIVE_PERSON);
    }

    /** A card-order forløb of the person's municipality with the card, free (CARD-3: not the person's doing). */
    private Forloeb orderCard(Person person, String process, String event, CardOrderReason reason, Optional<LocalDate> notBefore) {
        Creator cprEvent = Creator.system(process);
        Forloeb started = Forloeb.start(ForloebType.CARD_ORDER, person.address().municipalityCode(), cprEvent, person.cpr(),
                        List.of(person.cpr()), clock.instant(), null)
                .withDetail("cprHaendelse", event, cprEvent, clock.instant());
        Forloeb ordered = cards.order(started, List.of(person.cpr()), reason, LocalDate.now(clock), cprEvent,
                new CardPayment.Free(), notBefore).completeIfNothingOpen(clock.instant());
        forloeb.save(ordered);
        return ordered;
    }
}

package dk.sygesikring.application.card;

import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.LoadPersonPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.card.CardOrderReason;
import dk.sygesikring.domain.card.CardPayment;
import dk.sygesikring.domain.card.TechnicalAddressChange;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The automatic cards of CPR events (CARD-7). An automatic order: no card when it would be identical (CARD-8) or the
 * person opted out of the physical card (CARD-10); free, as no doing of the person's (CARD-3).
 */
@Singleton
public class CprEventCards implements CprEventCardsUseCase {

    static final Refusal NO_ACTIVE_PERSON = Refusal.notFound("person-not-found",
            "The person is not in the local register with a Danish address");

    private final LoadPersonPort persons;
    private final AutomaticCardOrders cards;
    private final ForloebStorePort forloeb;
    private final LoadConfigurationPort configuration;
    private final TransactionPort transactions;
    private final Clock clock;

    public CprEventCards(LoadPersonPort persons, AutomaticCardOrders cards, ForloebStorePort forloeb,
                         LoadConfigurationPort configuration, TransactionPort transactions, Clock clock) {
        this.persons = persons;
        this.cards = cards;
        this.forloeb = forloeb;
        this.configuration = configuration;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<Forloeb> technicalAddressChange(Cpr cpr, TechnicalAddressChange event) {
        return transactions.inTransaction(() -> Outcome.present(persons.loadPerson(cpr).filter(person -> person.address() != null),
                NO_ACTIVE_PERSON).map(person -> {
            LocalDate today = LocalDate.now(clock);
            Creator cprEvent = Creator.system("CPR " + event.name());
            Forloeb started = Forloeb.start(ForloebType.CARD_ORDER, person.address().municipalityCode(), cprEvent, cpr,
                            List.of(cpr), clock.instant(), null)
                    .withDetail("cprHaendelse", event.name() + " " + event.danishText(), cprEvent, clock.instant());
            Optional<LocalDate> notBefore = event.waitsBeforeOrdering()
                    ? Optional.of(today.plusDays(configuration.loadGlobal().addressChangeCardDelay().count()))
                    : Optional.empty();
            Forloeb ordered = cards.order(started, List.of(cpr), CardOrderReason.CPR_EVENT, today, cprEvent,
                    new CardPayment.Free(), notBefore).completeIfNothingOpen(clock.instant());
            forloeb.save(ordered);
            return ordered;
        }));
    }
}

package dk.sygesikring.application.person;

import dk.sygesikring.application.forloeb.ForloebView;
import dk.sygesikring.application.port.out.CardOrderStorePort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.forloeb.ForloebOwnership;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.registration.RegistrationHistory;
import dk.sygesikring.domain.result.Outcome;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * PER-8: about the person, family and residence, the doctor-choice card as of today (group, doctor, and the health card
 * valid today, CARD-1), and the latest forløb, each as the reader may see it (ROLE-2).
 */
@Singleton
public class PersonOverviewService implements ReadPersonOverviewUseCase {

    private final PersonGate gate;
    private final PersonReading reading;
    private final RegistrationPort registrations;
    private final PractitionerRegisterPort practitioners;
    private final CardOrderStorePort cardOrders;
    private final ForloebStorePort forloeb;
    private final TransactionPort transactions;
    private final Clock clock;

    public PersonOverviewService(PersonGate gate, PersonReading reading, RegistrationPort registrations,
                                 PractitionerRegisterPort practitioners, CardOrderStorePort cardOrders, ForloebStorePort forloeb,
                                 TransactionPort transactions, Clock clock) {
        this.gate = gate;
        this.reading = reading;
        this.registrations = registrations;
        this.practitioners = practitioners;
        this.cardOrders = cardOrders;
        this.forloeb = forloeb;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<PersonOverview> readOverview(Actor reader, Cpr cpr) {
        return transactions.inTransaction(() -> gate.readableWithRelations(reader, cpr, AuditAction.READ_PERSON_OVERVIEW)
                .map(subject -> {
                    LocalDate today = LocalDate.now(clock);
                    Optional<InsuranceRegistration> inForce = new RegistrationHistory(registrations.loadRegistrations(cpr)).inForceOn(today);
                    Optional<Practitioner> doctor = inForce.flatMap(InsuranceRegistration::doctor).flatMap(practitioners::loadPractitioner);
                    List<ForloebView> latest = forloeb.latestFor(cpr, PersonOverview.LATEST_FORLOEB).stream()
                            .map(found -> ForloebOwnership.seesDetails(reader, found)
                                    ? (ForloebView) new ForloebView.Full(found) : new ForloebView.Summary(found))
                            .toList();
                    return new PersonOverview(reading.view(subject.person(), reader), reading.family(subject), inForce, doctor,
                            cardToday(cpr, today), latest);
                }));
    }

    /** The newest card that makes (or made) a card and is valid by today: dispatched, or on its way. */
    private Optional<CardOrder> cardToday(Cpr cpr, LocalDate today) {
        return cardOrders.ofPerson(cpr).stream()
                .filter(order -> order.state().isUnderway() && !order.card().validFrom().isAfter(today))
                .findFirst();
    }
}

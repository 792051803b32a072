package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.BusinessParametersPort;
import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.doctorchoice.ChoiceList;
import dk.sygesikring.domain.doctorchoice.DistanceLimit;
import dk.sygesikring.domain.doctorchoice.FamilyDoctors;
import dk.sygesikring.domain.doctorchoice.Reservations;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.person.RelationType;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.registration.RegistrationHistory;
import dk.sygesikring.domain.result.Outcome;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Singleton
public class ChoiceListService implements ChoiceListUseCase {

    private final PersonGate persons;
    private final RegistrationPort registrations;
    private final PractitionerRegisterPort practitioners;
    private final BusinessParametersPort parameters;
    private final TransactionPort transactions;
    private final Clock clock;

    public ChoiceListService(PersonGate persons, RegistrationPort registrations, PractitionerRegisterPort practitioners,
                             BusinessParametersPort parameters, TransactionPort transactions, Clock clock) {
        this.persons = persons;
        this.registrations = registrations;
        this.practitioners = practitioners;
        this.parameters = parameters;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<ChoiceList> choiceList(Actor reader, Cpr cpr) {
        return transactions.inTransaction(() -> persons.readableWithRelations(reader, cpr, AuditAction.READ_CHOICE_LIST)
                .flatMap(admitted -> {
                    Person person = admitted.person();
                    LocalDate today = LocalDate.now(clock);
                    DistanceLimit limit = parameters.choiceListDistanceLimit();
                    List<Practitioner> candidates = person.isActive() && person.address().coordinates() != null
                            ? practitioners.near(person.address().coordinates(), limit.kilometres())
                            : List.of();
                    // Pending choices reserve places (DOC-7) once doctor choices are made here; until then none do.
                    return ChoiceList.of(person, candidates, Reservations.none(), limit, familyDoctors(person, admitted.relations(), today), today);
                }));
    }

    /** The current doctors of the spouse and of the custodians and guardians (DOC-3's exceptions). */
    private FamilyDoctors familyDoctors(Person person, List<Relation> relations, LocalDate today) {
        FamilyDoctors family = FamilyDoctors.none();
        for (Relation relation : relations) {
            boolean spouse = relation.type() == RelationType.SPOUSE;
            boolean personIsCared = relation.type() != RelationType.SPOUSE && relation.subject().equals(person.cpr());
            if (!spouse && !personIsCared) {
                continue;
            }
            Cpr other = relation.otherThan(person.cpr());
            Optional<ProviderNumber> doctor = currentDoctor(other, today);
            if (doctor.isPresent()) {
                family = spouse ? family.withSpouse(other, doctor.get()) : family.withCustodianOrGuardian(relation, doctor.get());
            }
        }
        return family;
    }

    private Optional<ProviderNumber> currentDoctor(Cpr cpr, LocalDate today) {
        return new RegistrationHistory(registrations.loadRegistrations(cpr)).inForceOn(today).flatMap(InsuranceRegistration::doctor);
    }
}

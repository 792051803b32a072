package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.application.doctorchoice.ChooseDoctorCommand.PersonToChoose;
import dk.sygesikring.application.group.MissingDoctorChoice;
import dk.sygesikring.application.port.out.DoctorChoiceStorePort;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.LoadPersonPort;
import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.configuration.DistanceLimit;
import dk.sygesikring.domain.doctorchoice.AutomaticAssignmentPolicy;
import dk.sygesikring.domain.doctorchoice.ChildDefaultDoctor;
import dk.sygesikring.domain.doctorchoice.ChoiceReason;
import dk.sygesikring.domain.doctorchoice.NearbyPractitioners;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebOwnership;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.RelationType;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Finds the doctor (a child under 15: a custodian's, PER-7; anyone else: the nearest open one, DOC-14, DOC-15) and makes the choice through {@link ChooseDoctorUseCase}, which checks every
 * rule again under the practitioner's lock. When no doctor is found, or its last place went to someone else
 * meanwhile (DOC-7), a caseworker gets the task; any other refusal is the answer.
 */
@Singleton
public class AutomaticAssignmentService implements AssignDoctorUseCase {

    static final SystemActor ASSIGNMENT = new SystemActor("Automatisk tildeling");
    static final Refusal PERSON_NOT_FOUND = Refusal.notFound("person-not-found", "No such person in the local register");

    private final LoadPersonPort persons;
    private final PractitionerRegisterPort practitioners;
    private final DoctorChoiceStorePort choices;
    private final LoadConfigurationPort configuration;
    private final ChooseDoctorUseCase chooseDoctor;
    private final MissingDoctorChoice missingDoctor;
    private final FamilyDoctorsLookup family;
    private final TransactionPort transactions;
    private final Clock clock;

    public AutomaticAssignmentService(LoadPersonPort persons, PractitionerRegisterPort practitioners,
                                      DoctorChoiceStorePort choices, LoadConfigurationPort configuration,
                                      ChooseDoctorUseCase chooseDoctor, MissingDoctorChoice missingDoctor,
                                      FamilyDoctorsLookup family, TransactionPort transactions, Clock clock) {
        this.family = family;
        this.persons = persons;
        this.practitioners = practitioners;
        this.choices = choices;
        this.configuration = configuration;
        this.chooseDoctor = chooseDoctor;
        this.missingDoctor = missingDoctor;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<Forloeb> assignAutomatically(Cpr cpr, ChoiceReason reason, LocalDate validFrom) {
        Optional<Person> found = transactions.inTransaction(() -> persons.loadPerson(cpr));
        if (found.isEmpty()) {
            return Outcome.refused(PERSON_NOT_FOUND);
        }
        Person person = found.get();
        if (ForloebOwnership.municipalityFor(ASSIGNMENT, person).isEmpty()) {
            return Outcome.refused(ForloebOwnership.NO_MUNICIPALITY);
        }
        ChildDefaultDoctor childDefault = transactions.inTransaction(() -> childDefault(person));
        if (childDefault instanceof ChildDefaultDoctor.ParentsChoose) {
            return Outcome.success(transactions.inTransaction(() -> missingDoctor.noDoctorFound(person, clock.instant(),
                    "Barnets forældre har forskellige læger og samme adresse: forældrene vælger barnets læge (PER-7)")));
        }
        Optional<ProviderNumber> doctor = childDefault instanceof ChildDefaultDoctor.Doctor custodians
                ? Optional.of(custodians.doctor())
                : transactions.inTransaction(() -> nearestOpen(person)).map(Practitioner::providerNumber);
        if (doctor.isPresent()) {
            Outcome<DoctorChoiceCase> chosen = chooseDoctor.choose(new ChooseDoctorCommand(ASSIGNMENT,
                    List.of(new PersonToChoose(cpr, Optional.empty())), doctor.get(), validFrom, reason,
                    false, Optional.empty(), Optional.empty(), null));
            Optional<Refusal> refusal = chosen.refusedBecause();
            if (refusal.isEmpty()) {
                return chosen.map(DoctorChoiceCase::forloeb);
            }
            if (!"DOC-7".equals(refusal.get().rule())) {
                return Outcome.refused(refusal.get()); // e.g. DOC-16: a choice for the person is already in progress
            }
        }
        return Outcome.success(transactions.inTransaction(() -> missingDoctor.noDoctorFound(person, clock.instant(),
                "Automatisk tildeling fandt ingen åben læge nær adressen i kommunen: vælg en læge (DOC-14)")));
    }

    /** PER-7: a child under 15 gets a custodian's or guardian's doctor, even a closed one (DOC-3 allows it). */
    private ChildDefaultDoctor childDefault(Person child) {
        LocalDate today = LocalDate.now(clock);
        List<ChildDefaultDoctor.Custodian> custodians = persons.loadRelations(child.cpr()).stream()
                .filter(relation -> relation.type() != RelationType.SPOUSE && relation.subject().equals(child.cpr()))
                .flatMap(relation -> persons.loadPerson(relation.holder()).stream())
                .flatMap(custodian -> family.currentDoctor(custodian.cpr(), today).stream()
                        .map(doctor -> new ChildDefaultDoctor.Custodian(custodian, doctor)))
                .toList();
        return ChildDefaultDoctor.of(child, custodians, today);
    }

    private Optional<Practitioner> nearestOpen(Person person) {
        if (!person.isActive() || person.address().coordinates() == null) {
            return Optional.empty();
        }
        DistanceLimit limit = configuration.loadGlobal().distanceLimit();
        List<Practitioner> near = practitioners.near(person.address().coordinates(), limit.kilometres());
        return AutomaticAssignmentPolicy.nearestOpen(person, NearbyPractitioners.around(person, near,
                choices.reservationsAt(near.stream().map(Practitioner::providerNumber).toList()), limit));
    }
}

package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.application.port.out.LoadPersonPort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.domain.doctorchoice.ClosedDoctorPolicy;
import dk.sygesikring.domain.doctorchoice.FamilyDoctors;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.person.RelationType;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.registration.RegistrationHistory;
import dk.sygesikring.domain.result.Outcome;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Finds the current doctors of the persons whose closed doctor a person may choose (DOC-3). */
@Singleton
public class FamilyDoctorsLookup {

    private final RegistrationPort registrations;
    private final LoadPersonPort persons;

    public FamilyDoctorsLookup(RegistrationPort registrations, LoadPersonPort persons) {
        this.registrations = registrations;
        this.persons = persons;
    }

    /** The current doctors of the spouse and of the custodians and guardians. */
    public FamilyDoctors of(Person person, List<Relation> relations, LocalDate today) {
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

    /**
     * The family with the designated cohabiting partner added. A CPR number this service does not hold gets the
     * same generic refusal as a partner who does not qualify: nothing is revealed (DOC-3).
     */
    public Outcome<FamilyDoctors> withPartner(FamilyDoctors family, Cpr partner, LocalDate today) {
        Optional<Person> found = persons.loadPerson(partner);
        if (found.isEmpty()) {
            return Outcome.refused(ClosedDoctorPolicy.PARTNER_CANNOT_BE_USED);
        }
        return Outcome.success(family.withDesignatedPartner(found.get(), persons.loadRelations(partner),
                currentDoctor(partner, today).orElse(null)));
    }

    public Optional<ProviderNumber> currentDoctor(Cpr cpr, LocalDate today) {
        return new RegistrationHistory(registrations.loadRegistrations(cpr)).inForceOn(today)
                .flatMap(InsuranceRegistration::doctor);
    }
}

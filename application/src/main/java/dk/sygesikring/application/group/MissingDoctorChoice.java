package dk.sygesikring.application.group;

import dk.sygesikring.application.port.out.DoctorChoiceStorePort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.domain.configuration.TaskType;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.registration.RegistrationHistory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * GRP-7, DOC-13: group 1 requires a doctor. When a person enters group 1 without one, and no doctor choice for them
 * is on its way, a MISSING_DOCTOR_CHOICE forløb gives a caseworker the task of finding one, with the deadline of its
 * task type in the global configuration (TASK-4).
 */
@Singleton
public class MissingDoctorChoice {

    static final Creator GROUP_ONE_WITHOUT_DOCTOR = Creator.system("Gruppe 1 uden læge");
    static final Creator NO_DOCTOR_FOUND = Creator.system("Automatisk tildeling");

    private final RegistrationPort registrations;
    private final DoctorChoiceStorePort choices;
    private final ForloebStorePort forloeb;
    private final LoadConfigurationPort configuration;
    private final Clock clock;

    public MissingDoctorChoice(RegistrationPort registrations, DoctorChoiceStorePort choices, ForloebStorePort forloeb,
                               LoadConfigurationPort configuration, Clock clock) {
        this.registrations = registrations;
        this.choices = choices;
        this.forloeb = forloeb;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** The person's change to group 1 from {@code validFrom} is registered; the forløb it came from is {@code cause}. */
    public Optional<Forloeb> enteredGroupOne(Cpr cpr, LocalDate validFrom, Forloeb cause, Instant now) {
        boolean hasDoctor = new RegistrationHistory(registrations.loadRegistrations(cpr)).inForceOn(validFrom)
                .filter(registration -> registration.group() == Sikringsgruppe.GROUP_1)
                .flatMap(InsuranceRegistration::doctor).isPresent();
        if (hasDoctor || !choices.pendingFor(List.of(cpr)).isEmpty()
                || !forloeb.inProgressFor(cpr, ForloebType.MISSING_DOCTOR_CHOICE).isEmpty()) {
            return Optional.empty();
        }
        Forloeb missing = Forloeb.start(ForloebType.MISSING_DOCTOR_CHOICE, cause.municipality(), GROUP_ONE_WITHOUT_DOCTOR,
                        cpr, List.of(cpr), now, cause.id())
                .withDetail("gyldigFra", validFrom.toString(), GROUP_ONE_WITHOUT_DOCTOR, now)
                .withActivity(Activity.open(ActivityType.MANUAL_TASK, now, deadline(TaskType.MISSING_DOCTOR_CHOICE, now),
                        "Sikrede er i gruppe 1 fra " + validFrom + " uden læge: vælg en læge (GRP-7, DOC-13)"));
        forloeb.save(missing);
        return Optional.of(missing);
    }

    /** DOC-14, PER-7: automatic assignment could not pick a doctor; {@code why} says so to the caseworker. */
    public Forloeb noDoctorFound(Person person, Instant now, String why) {
        Forloeb missing = Forloeb.start(ForloebType.MISSING_DOCTOR_CHOICE, person.address().municipalityCode(),
                        NO_DOCTOR_FOUND, person.cpr(), List.of(person.cpr()), now, null)
                .withActivity(Activity.open(ActivityType.MANUAL_TASK, now,
                        deadline(TaskType.AUTOMATIC_ASSIGNMENT_FAILED, now), why));
        forloeb.save(missing);
        return missing;
    }

    private LocalDate deadline(TaskType type, Instant createdAt) {
        return configuration.loadGlobal().taskDeadlines().deadline(type, LocalDate.ofInstant(createdAt, clock.getZone()));
    }
}

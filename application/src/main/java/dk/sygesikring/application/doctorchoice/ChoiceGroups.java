package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.application.port.out.GroupChangeStorePort;
import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.domain.doctorchoice.ChoiceGroupPolicy;
import dk.sygesikring.domain.doctorchoice.ChoiceReason;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.registration.RegistrationHistory;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reads each person's registrations and group changes on their way for {@link ChoiceGroupPolicy} (GRP-6, DOC-9). */
@Singleton
public class ChoiceGroups {

    private final RegistrationPort registrations;
    private final GroupChangeStorePort groupChanges;

    public ChoiceGroups(RegistrationPort registrations, GroupChangeStorePort groupChanges) {
        this.registrations = registrations;
        this.groupChanges = groupChanges;
    }

    /** The first person not in the group the choice needs on its valid-from date. */
    Optional<Refusal> refusalFor(ChoiceReason reason, List<Cpr> persons, LocalDate validFrom) {
        return persons.stream()
                .flatMap(cpr -> ChoiceGroupPolicy.mayChoose(reason, cpr, new RegistrationHistory(registrations.loadRegistrations(cpr)),
                        () -> groupChanges.onItsWayFor(cpr), validFrom).stream())
                .findFirst();
    }
}

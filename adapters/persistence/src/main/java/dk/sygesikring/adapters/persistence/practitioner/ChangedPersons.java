package dk.sygesikring.adapters.persistence.practitioner;

import dk.sygesikring.domain.practitioner.PatientCount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The persons whose registrations changed since the counts of the practitioners read (DOC-7), each with every
 * registration of theirs, indexed by the practices concerned: a practitioner's count looks only at its own.
 */
final class ChangedPersons {

    private final Map<String, List<MovedPerson>> byPractice = new HashMap<>();

    ChangedPersons(List<PatientMoveRow> moved, Map<String, MovedPerson> persons) {
        for (PatientMoveRow row : moved) {
            MovedPerson person = persons.get(row.cpr());
            if (person != null) {
                byPractice.computeIfAbsent(row.providerNumber(), practice -> new ArrayList<>()).add(person);
            }
        }
    }

    /** The changed persons of this practitioner, their registrations split by whether LUNA's count includes them. */
    List<PatientCount.Registrations> of(PractitionerRow practitioner) {
        return byPractice.getOrDefault(practitioner.providerNumber(), List.of()).stream()
                .map(person -> person.splitAt(practitioner.patientsCountedAfter())).toList();
    }
}

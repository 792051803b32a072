package dk.sygesikring.adapters.persistence.practitioner;

import dk.sygesikring.domain.practitioner.PatientCount;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import java.util.List;

/**
 * Every registration of a person whose registrations changed since a count (DOC-7). Held in memory and counted for
 * each practice the registrations name, so the split by a count's mark is kept for the last mark asked: after a
 * synchronisation every practice has the same one.
 */
final class MovedPerson {

    private record Recorded(long recorded, InsuranceRegistration registration) {
    }

    private record Split(long mark, PatientCount.Registrations registrations) {
    }

    private final List<Recorded> registrations;
    private volatile Split lastSplit;

    private MovedPerson(List<Recorded> registrations) {
        this.registrations = List.copyOf(registrations);
    }

    static MovedPerson of(List<RecordedRegistrationRow> rows) {
        return new MovedPerson(rows.stream().map(row -> new Recorded(row.recorded(), PractitionerMapper.toRegistration(row))).toList());
    }

    int size() {
        return registrations.size();
    }

    /** The registrations, split by whether a count that includes those recorded up to {@code mark} includes them. */
    PatientCount.Registrations splitAt(long mark) {
        Split split = lastSplit;
        if (split == null || split.mark() != mark) {
            split = new Split(mark, new PatientCount.Registrations(
                    registrations.stream().filter(r -> r.recorded() <= mark).map(Recorded::registration).toList(),
                    registrations.stream().map(Recorded::registration).toList()));
            lastSplit = split;
        }
        return split.registrations();
    }
}

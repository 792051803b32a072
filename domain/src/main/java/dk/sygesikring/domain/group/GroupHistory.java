package dk.sygesikring.domain.group;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * A person's group registrations. A change takes effect on its date (GRP-4); for one date the newest
 * registration wins, which is how a change is undone: register again with the same date (GRP-5).
 */
public final class GroupHistory {

    private static final Comparator<GroupRegistration> NEWEST_REGISTERED =
            Comparator.comparing(GroupRegistration::registeredAt).thenComparing(r -> r.registrationId().toString());

    /** The registration that counts for each date, newest date first. */
    private final List<GroupRegistration> effective;

    public GroupHistory(Collection<GroupRegistration> registrations) {
        Map<LocalDate, GroupRegistration> newestPerDate = registrations.stream().collect(Collectors.toMap(
                GroupRegistration::validFrom, r -> r, BinaryOperator.maxBy(NEWEST_REGISTERED)));
        this.effective = newestPerDate.values().stream()
                .sorted(Comparator.comparing(GroupRegistration::validFrom).reversed())
                .toList();
    }

    /** The group in force on {@code day}. */
    public Optional<GroupRegistration> inForceOn(LocalDate day) {
        return effective.stream().filter(r -> !r.validFrom().isAfter(day)).findFirst();
    }

    /** Registrations that take effect after {@code day}, soonest first (GRP-4: they show in the history). */
    public List<GroupRegistration> after(LocalDate day) {
        return effective.stream().filter(r -> r.validFrom().isAfter(day))
                .sorted(Comparator.comparing(GroupRegistration::validFrom)).toList();
    }

    /** Every registration that counts, newest date first. */
    public List<GroupRegistration> effective() {
        return effective;
    }
}

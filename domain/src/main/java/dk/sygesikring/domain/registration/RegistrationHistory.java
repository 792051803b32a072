package dk.sygesikring.domain.registration;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

/**
 * A person's registrations, doctor choices and group changes alike. A registration takes effect on its date
 * (GRP-4); for one date the newest registration wins, which is how a change is undone: register again with the same
 * date (GRP-5).
 */
public final class RegistrationHistory {

    private static final Comparator<InsuranceRegistration> NEWEST_REGISTERED =
            Comparator.comparing(InsuranceRegistration::registeredAt).thenComparing(r -> r.registrationId().toString());

    /** The registration that counts for each date, newest date first. */
    private final List<InsuranceRegistration> effective;

    public RegistrationHistory(Collection<InsuranceRegistration> registrations) {
        Map<LocalDate, InsuranceRegistration> newestPerDate = registrations.stream().collect(Collectors.toMap(
                InsuranceRegistration::validFrom, r -> r, BinaryOperator.maxBy(NEWEST_REGISTERED)));
        this.effective = newestPerDate.values().stream()
                .sorted(Comparator.comparing(InsuranceRegistration::validFrom).reversed())
                .toList();
    }

    /** The registration in force on {@code day}: the person's group and, in group 1, doctor. */
    public Optional<InsuranceRegistration> inForceOn(LocalDate day) {
        return effective.stream().filter(r -> !r.validFrom().isAfter(day)).findFirst();
    }

    /** Registrations that take effect after {@code day}, soonest first (GRP-4: they show in the history). */
    public List<InsuranceRegistration> after(LocalDate day) {
        return effective.stream().filter(r -> r.validFrom().isAfter(day))
                .sorted(Comparator.comparing(InsuranceRegistration::validFrom)).toList();
    }

    /** Every registration that counts, newest date first (DOC-10). */
    public List<InsuranceRegistration> effective() {
        return effective;
    }
}

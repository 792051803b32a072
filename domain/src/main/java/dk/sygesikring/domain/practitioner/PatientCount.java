package dk.sygesikring.domain.practitioner;

import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.registration.RegistrationHistory;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * How many patients a practitioner has now (DOC-7), counted from registrations, never kept as a running total that
 * can drift: LUNA's count when the register was last read from LUNA, plus the persons whose registrations have
 * brought them to the practitioner since, less those whose registrations have taken them away.
 *
 * <p>A person is the practitioner's patient on a day when the registration in force that day names the practitioner
 * (GRP-4, GRP-5: the newest registration for a date wins). Now, a person also holds a place from the day a
 * registration with a later date names the practitioner: a place is taken at once (DOC-7), not on the day the doctor
 * takes over. The old doctor keeps the person until then.
 *
 * @param countedByLuna the practitioner's patients as LUNA counted them on {@code countedOn}
 */
public record PatientCount(ProviderNumber practitioner, int countedByLuna, LocalDate countedOn) {

    public PatientCount {
        Objects.requireNonNull(practitioner, "practitioner");
        Objects.requireNonNull(countedOn, "countedOn");
        if (countedByLuna < 0) {
            throw new IllegalArgumentException("a number of patients is never negative");
        }
    }

    /**
     * One person's registrations as this service holds them, with their histories made once: a moved person is
     * counted for each practice their registrations name, on every read of those practices.
     */
    public static final class Registrations {

        private final List<InsuranceRegistration> includedInCount;
        private final List<InsuranceRegistration> all;
        private final RegistrationHistory counted;
        private final RegistrationHistory now;

        /**
         * @param includedInCount those LUNA's count already includes (registered before it was read)
         * @param all             every one of them, those included
         */
        public Registrations(List<InsuranceRegistration> includedInCount, List<InsuranceRegistration> all) {
            this.includedInCount = List.copyOf(includedInCount);
            this.all = List.copyOf(all);
            this.counted = new RegistrationHistory(this.includedInCount);
            this.now = new RegistrationHistory(this.all);
        }

        public List<InsuranceRegistration> includedInCount() {
            return includedInCount;
        }

        public List<InsuranceRegistration> all() {
            return all;
        }
    }

    /**
     * The patients on {@code today}. A person whose registrations have not changed since the count changes nothing,
     * so {@code persons} may hold anyone; it must hold everyone whose registrations changed since.
     */
    public int on(LocalDate today, Collection<Registrations> persons) {
        int count = countedByLuna;
        for (Registrations person : persons) {
            boolean counted = namesThePractitioner(person.counted.inForceOn(countedOn).map(List::of).orElse(List.of()));
            RegistrationHistory now = person.now;
            boolean holdsPlace = namesThePractitioner(now.inForceOn(today).map(List::of).orElse(List.of()))
                    || namesThePractitioner(now.after(today));
            count += (holdsPlace ? 1 : 0) - (counted ? 1 : 0);
        }
        return Math.max(0, count);
    }

    private boolean namesThePractitioner(List<InsuranceRegistration> registrations) {
        return registrations.stream().anyMatch(registration -> registration.doctor().filter(practitioner::equals).isPresent());
    }
}

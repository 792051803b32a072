package dk.sygesikring.domain.person;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A person as CPR holds them (PER-1). Gender and birth date follow from the CPR number.
 * An inactive person keeps the last known address, which is never shown (PER-3).
 *
 * @param supplementaryAddress a supplementary address registered in CPR (e.g. a stay abroad), or null (PER-4)
 */
public record Person(
        Cpr cpr,
        String name,
        CprStatus status,
        CivilStatus civilStatus,
        Address address,
        boolean nameAndAddressProtected,
        String supplementaryAddress) {

    /** Myndighedsalderen: the law's, not configuration; the one definition every rule about adults uses. */
    public static final int AGE_OF_MAJORITY = 18;
    /**
     * From 15 a person chooses their own doctor and no custodian acts for them (ROLE-3, PER-7): the law's, not
     * configuration; the one definition of "a child under 15".
     */
    public static final int AGE_OF_OWN_CHOICE = 15;

    public Person {
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(civilStatus, "civilStatus");
        if (status == CprStatus.ACTIVE && address == null) {
            throw new IllegalArgumentException("an active person has a Danish address: " + cpr);
        }
    }

    public Gender gender() {
        return cpr.gender();
    }

    public LocalDate birthDate() {
        return cpr.birthDate();
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate(), day).getYears();
    }

    /** Of age (18 or over) on {@code day}. */
    public boolean isAdultOn(LocalDate day) {
        return ageOn(day) >= AGE_OF_MAJORITY;
    }

    /** Under 15 on {@code day}: a custodian or guardian chooses for the child (ROLE-3, PER-7). */
    public boolean isUnderAgeOfOwnChoiceOn(LocalDate day) {
        return ageOn(day) < AGE_OF_OWN_CHOICE;
    }

    public boolean isActive() {
        return status == CprStatus.ACTIVE;
    }

    public boolean hasSupplementaryAddress() {
        return supplementaryAddress != null && !supplementaryAddress.isBlank();
    }

    /** Both are active and registered at the same address. */
    public boolean livesWith(Person other) {
        return isActive() && other.isActive() && address.addressId().equals(other.address.addressId());
    }
}

package dk.sygesikring.simulators.population;

import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A registration LUNA holds for a person (INT-1, DOC-10): a doctor choice, which puts the person in group 1 with
 * that practitioner, or a group change, which leaves the person without a doctor.
 *
 * @param providerNumber the doctor of a doctor choice; null for a group change
 */
public record Registration(Cpr cpr, Kind kind, Sikringsgruppe group, ProviderNumber providerNumber, LocalDate validFrom,
                           Instant registeredAt, UUID registrationId) {

    public enum Kind { DOCTOR_CHOICE, GROUP_CHANGE }

    public Registration {
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(registrationId, "registrationId");
        if (kind == Kind.DOCTOR_CHOICE && (providerNumber == null || group != Sikringsgruppe.GROUP_1)) {
            throw new IllegalArgumentException("a doctor choice names a provider number and puts the person in group 1");
        }
        if (kind == Kind.GROUP_CHANGE && providerNumber != null) {
            throw new IllegalArgumentException("a group change names no provider number");
        }
    }

    public static Registration doctorChoice(Cpr cpr, ProviderNumber providerNumber, LocalDate validFrom,
                                            Instant registeredAt, UUID registrationId) {
        return new Registration(cpr, Kind.DOCTOR_CHOICE, Sikringsgruppe.GROUP_1, providerNumber, validFrom,
                registeredAt, registrationId);
    }

    public static Registration groupChange(Cpr cpr, Sikringsgruppe group, LocalDate validFrom, Instant registeredAt,
                                           UUID registrationId) {
        return new Registration(cpr, Kind.GROUP_CHANGE, group, null, validFrom, registeredAt, registrationId);
    }

    /** LUNA's registration text, e.g. "Lægevalg: 050208 (godkendt)", "Gruppeskift til 2 (godkendt)". */
    public String text() {
        return switch (kind) {
            case DOCTOR_CHOICE -> "Lægevalg: " + providerNumber + " (godkendt)";
            case GROUP_CHANGE -> "Gruppeskift til " + group.number() + " (godkendt)";
        };
    }
}

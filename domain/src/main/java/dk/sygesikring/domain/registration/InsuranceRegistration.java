package dk.sygesikring.domain.registration;

import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What LUNA registers for a person from a date: a doctor choice (group 1 with that doctor) or a group change
 * (a group and no doctor). Together they are the person's insurance: group and, in group 1, doctor.
 *
 * @param providerNumber the doctor of a doctor choice; null for a group change
 * @param registrationId LUNA's id of the registration
 * @param forloebId      the forløb that made it, or null when it came from LUNA's own history
 */
public record InsuranceRegistration(Cpr cpr, Sikringsgruppe group, ProviderNumber providerNumber, LocalDate validFrom,
                                    Instant registeredAt, UUID registrationId, ForloebId forloebId) {

    public InsuranceRegistration {
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(registrationId, "registrationId");
        if (providerNumber != null && group != Sikringsgruppe.GROUP_1) {
            throw new IllegalArgumentException("only group 1 is bound to a doctor (GRP-1): " + group);
        }
    }

    public static InsuranceRegistration groupChange(Cpr cpr, Sikringsgruppe group, LocalDate validFrom, Instant registeredAt,
                                                    UUID registrationId, ForloebId forloebId) {
        return new InsuranceRegistration(cpr, group, null, validFrom, registeredAt, registrationId, forloebId);
    }

    public static InsuranceRegistration doctorChoice(Cpr cpr, ProviderNumber providerNumber, LocalDate validFrom,
                                                     Instant registeredAt, UUID registrationId, ForloebId forloebId) {
        return new InsuranceRegistration(cpr, Sikringsgruppe.GROUP_1, Objects.requireNonNull(providerNumber, "providerNumber"),
                validFrom, registeredAt, registrationId, forloebId);
    }

    public Optional<ProviderNumber> doctor() {
        return Optional.ofNullable(providerNumber);
    }

    public boolean isDoctorChoice() {
        return providerNumber != null;
    }
}

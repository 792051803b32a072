package dk.sygesikring.domain.group;

import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.person.Cpr;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A group registered in LUNA for a person from a date.
 *
 * @param registrationId LUNA's id of the registration
 * @param forloebId      the forløb that made it, or null when it came from LUNA's own history
 */
public record GroupRegistration(Cpr cpr, Sikringsgruppe group, LocalDate validFrom, Instant registeredAt,
                                UUID registrationId, ForloebId forloebId) {

    public GroupRegistration {
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(registrationId, "registrationId");
    }
}

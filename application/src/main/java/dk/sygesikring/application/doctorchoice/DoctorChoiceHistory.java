package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.application.port.out.luna.LunaHistoryEntry;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The doctor-choice history of a person (DOC-10), newest valid-from first: this service's registrations with their
 * forløb, merged with what LUNA holds (also card orders and physical-card opt-outs).
 *
 * @param lunaAnswered false when LUNA did not answer: the rows are then only what this service knows
 */
public record DoctorChoiceHistory(Cpr cpr, boolean lunaAnswered, List<Row> rows) {

    /**
     * @param providerNumber null without a doctor
     * @param validTo        null while in force, or when not known
     * @param forloebId      the forløb that made the registration, when this service made it
     */
    public record Row(LunaHistoryEntry.Kind kind, Sikringsgruppe group, ProviderNumber providerNumber, LocalDate validFrom,
                      LocalDate validTo, Instant registeredAt, UUID registrationId, String text, ForloebId forloebId) {
    }
}

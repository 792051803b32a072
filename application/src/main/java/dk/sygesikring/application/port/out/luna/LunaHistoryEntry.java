package dk.sygesikring.application.port.out.luna;

import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of LUNA's history of a person (DOC-10).
 *
 * @param providerNumber null for entries without a doctor (group 2, opt-outs)
 * @param validTo        null while in force
 * @param text           LUNA's registration text, e.g. "Lægevalg: 050208 (godkendt)", "Gruppeskift til 1 (godkendt)"
 */
public record LunaHistoryEntry(Kind kind, Sikringsgruppe group, ProviderNumber providerNumber, LocalDate validFrom,
                               LocalDate validTo, Instant registeredAt, UUID registrationId, String text) {

    public enum Kind { DOCTOR_CHOICE, GROUP_CHANGE, CARD_ORDER, PHYSICAL_CARD_OPT_OUT }
}

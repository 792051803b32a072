package dk.sygesikring.simulators.luna;

import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of a person's history as LUNA shows it (DOC-10).
 *
 * @param kind           DOCTOR_CHOICE, GROUP_CHANGE or PHYSICAL_CARD_OPT_OUT
 * @param providerNumber null without a doctor
 * @param validTo        null while in force
 */
record HistoryRow(String kind, Sikringsgruppe group, ProviderNumber providerNumber, LocalDate validFrom,
                  LocalDate validTo, Instant registeredAt, UUID registrationId, String text) {
}

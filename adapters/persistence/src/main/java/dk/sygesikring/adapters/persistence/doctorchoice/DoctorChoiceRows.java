package dk.sygesikring.adapters.persistence.doctorchoice;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The rows of the doctor-choice tables (V7; the consent's last day to settle, V9; the LUNA refusal, V10). */
final class DoctorChoiceRows {

    private DoctorChoiceRows() {
    }

    @MappedEntity("doctor_choice")
    record DoctorChoiceRow(@Id UUID forloebId, String municipalityCode, String providerNumber, LocalDate validFrom,
                           String reason, boolean forced, LocalDate createdOn, String state,
                           @Nullable LocalDate dispensationAnswerBy, @Nullable Instant stateChangedAt,
                           @Nullable String decidedByKind, @Nullable String decidedById,
                           @Nullable Boolean rejectedSilently, @Nullable String lunaRefusal, short places) {
    }

    @MappedEntity("doctor_choice_person")
    record ChosenPersonRow(@Id @GeneratedValue @Nullable Long id, UUID forloebId, int position, String cpr,
                           String consent, @Nullable LocalDate consentSettleBy, String basisVerdict, String basisRule,
                           String basisReason) {
    }

    @Introspected
    record ReservationCount(String providerNumber, long places) {
    }
}

package dk.sygesikring.adapters.persistence.forloeb;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The rows of the forløb tables. */
final class ForloebRows {

    private ForloebRows() {
    }

    @MappedEntity("forloeb")
    record ForloebRow(@Id UUID id, String type, String municipalityCode, String creatorKind, String creatorId,
                      String mainPersonCpr, Instant createdAt, String status, @Nullable Instant closedAt,
                      @Nullable String cancelledByKind, @Nullable String cancelledById, @Nullable UUID triggeredBy) {
    }

    @MappedEntity("forloeb_person")
    record PersonRow(@Id @GeneratedValue @Nullable Long id, UUID forloebId, int position, String cpr) {
    }

    @MappedEntity("forloeb_activity")
    record ActivityRow(@Id UUID id, UUID forloebId, int position, String type, String state, Instant createdAt,
                       @Nullable LocalDate deadline, @Nullable String responsible, @Nullable String note,
                       @Nullable Instant closedAt, @Nullable String closedByKind, @Nullable String closedById) {
    }

    @MappedEntity("forloeb_detail")
    record DetailRow(@Id @GeneratedValue @Nullable Long id, UUID forloebId, int position, String name,
                     @Nullable String value, @Nullable String cpr, String changedByKind, String changedById,
                     Instant changedAt) {
    }
}

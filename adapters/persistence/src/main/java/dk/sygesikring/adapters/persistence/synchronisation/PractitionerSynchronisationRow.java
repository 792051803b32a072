package dk.sygesikring.adapters.persistence.synchronisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

@MappedEntity("practitioner_synchronisation")
record PractitionerSynchronisationRow(@Id UUID id, String trigger, @Nullable String requestedByKind,
                                      @Nullable String requestedById, Instant startedAt, Instant finishedAt, String outcome,
                                      @Nullable Integer listed, @Nullable Integer added, @Nullable Integer changed,
                                      @Nullable Integer closed, @Nullable String failure) {
}

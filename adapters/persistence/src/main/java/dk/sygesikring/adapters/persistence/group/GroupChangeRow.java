package dk.sygesikring.adapters.persistence.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of group_change (V12). */
@MappedEntity("group_change")
record GroupChangeRow(@Id UUID forloebId, String cpr, short groupNumber, LocalDate validFrom, String state,
                      Instant stateChangedAt, @Nullable String lunaRefusal) {
}

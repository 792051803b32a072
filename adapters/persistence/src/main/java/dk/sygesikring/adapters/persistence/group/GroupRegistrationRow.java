package dk.sygesikring.adapters.persistence.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("group_registration")
record GroupRegistrationRow(@Id UUID registrationId, String cpr, short groupNumber, LocalDate validFrom,
                            Instant registeredAt, @Nullable UUID forloebId) {
}

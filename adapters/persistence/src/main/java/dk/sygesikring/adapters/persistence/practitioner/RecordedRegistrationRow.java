package dk.sygesikring.adapters.persistence.practitioner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A registration with the order in which this service recorded it (DOC-7: which ones LUNA's count includes). */
@MappedEntity("registration")
record RecordedRegistrationRow(@Id UUID registrationId, String cpr, short groupNumber, @Nullable String providerNumber,
                               LocalDate validFrom, Instant registeredAt, @Nullable UUID forloebId, long recorded) {
}

package dk.sygesikring.adapters.persistence.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@MappedEntity("registration")
record RegistrationRow(@Id UUID registrationId, String cpr, short groupNumber, @Nullable String providerNumber,
                       LocalDate validFrom, Instant registeredAt, @Nullable UUID forloebId) {
}

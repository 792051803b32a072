package dk.sygesikring.adapters.persistence.practitioner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * @param registeredPatients   LUNA's count on {@code patientsCountedOn}, which includes the registrations recorded up
 *                             to {@code patientsCountedAfter} (DOC-7)
 * @param closedDownAt         when LUNA stopped listing the practitioner (INT-1); null while it is in the register
 */
@MappedEntity("practitioner")
record PractitionerRow(
        @Id String providerNumber,
        String practiceName,
        String kind,
        boolean open,
        int capacity,
        int closingLimit,
        int registeredPatients,
        @TypeDef(type = DataType.STRING_ARRAY) String[] selectivelyOpenPostcodes,
        String municipalityCode,
        String street,
        String houseNumber,
        @Nullable String floor,
        @Nullable String door,
        String postcode,
        String city,
        String roadCode,
        String addressId,
        @Nullable Double latitude,
        @Nullable Double longitude,
        LocalDate patientsCountedOn,
        long patientsCountedAfter,
        @Nullable Instant closedDownAt) {
}

package dk.sygesikring.adapters.persistence.practitioner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

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
        @Nullable Double longitude) {
}

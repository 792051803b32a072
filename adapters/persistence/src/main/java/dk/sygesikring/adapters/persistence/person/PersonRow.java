package dk.sygesikring.adapters.persistence.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("person")
record PersonRow(
        @Id String cpr,
        String name,
        String cprStatus,
        String civilStatus,
        boolean nameAddressProtected,
        @Nullable String supplementaryAddress,
        @Nullable String street,
        @Nullable String houseNumber,
        @Nullable String floor,
        @Nullable String door,
        @Nullable String postcode,
        @Nullable String city,
        @Nullable String roadCode,
        @Nullable String municipalityCode,
        @Nullable String addressId,
        @Nullable Double latitude,
        @Nullable Double longitude) {
}

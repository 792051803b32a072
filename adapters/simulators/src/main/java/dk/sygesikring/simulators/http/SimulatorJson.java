package dk.sygesikring.simulators.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import io.micronaut.serde.annotation.Serdeable;

/** The JSON every simulator speaks besides its system's own: errors, faults, health, and a Danish address. */
public final class SimulatorJson {

    private SimulatorJson() {
    }

    /** PUT /simulator/fault: answer the system's requests with {@code status}, and/or only after {@code delayMillis}. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FaultJson(Integer status, Long delayMillis) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ErrorJson(String error) {
    }

    @Serdeable
    public record HealthJson(String status) {
    }

    /** An address as CPR and LUNA write it; null fields are written out as null. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AddressJson(String street, String houseNumber, String floor, String door, String postcode,
                              String city, String roadCode, String municipalityCode, String addressId,
                              Double latitude, Double longitude) {

        public static AddressJson of(Address address) {
            Coordinates at = address.coordinates();
            return new AddressJson(address.street(), address.houseNumber(), address.floor(), address.door(),
                    address.postcode(), address.city(), address.roadCode(), address.municipalityCode().value(),
                    address.addressId(), at == null ? null : at.latitude(), at == null ? null : at.longitude());
        }

        /** Throws IllegalArgumentException saying what is wrong when it is not a valid address. */
        public Address toAddress() {
            if ((latitude == null) != (longitude == null)) {
                throw new IllegalArgumentException("latitude and longitude come together");
            }
            Coordinates coordinates = latitude == null ? null : new Coordinates(latitude, longitude);
            return new Address(street, houseNumber, floor, door, postcode, city, roadCode,
                    MunicipalityCode.of(municipalityCode), addressId, coordinates);
        }
    }
}

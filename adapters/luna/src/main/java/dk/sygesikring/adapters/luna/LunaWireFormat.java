package dk.sygesikring.adapters.luna;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The JSON LUNA (and the LUNA simulator) speaks. Dates, instants, ids and enumerations are kept as text so that
 * {@link LunaMapper} reports a value it cannot read with a clear message; a group is its number ("1".."9").
 */
final class LunaWireFormat {

    private LunaWireFormat() {
    }

    /** POST /luna/registrations; null fields are sent as null, as LUNA documents them. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RegistrationRequest(String kind, String cpr, @Nullable String providerNumber, @Nullable String group,
                               String validFrom, String forloebId) {
    }

    /** 201 for a new registration, 200 with the first answer for a key LUNA has seen. */
    @Serdeable
    record RegistrationResponse(String registrationId, String registeredAt) {
    }

    /** 422: LUNA will not register this. */
    @Serdeable
    record ErrorResponse(String error) {
    }

    @Serdeable
    record HistoryEntryJson(String kind, String group, @Nullable String providerNumber, String validFrom,
                            @Nullable String validTo, String registeredAt, String registrationId, String text) {
    }

    @Serdeable
    record OptOutJson(String cpr, String registeredAt) {
    }

    /** GET /luna/persons/{cpr}/regional-letters?from=&to= (LET-7); channel null when LUNA does not say. */
    @Serdeable
    record RegionalLetterJson(String letterId, String regionCode, String regionName, String sentDate, String title,
                              @Nullable String channel) {
    }

    @Serdeable
    record PractitionerJson(String providerNumber, String practiceName, String kind, Boolean open, Integer capacity,
                            Integer closingLimit, Integer registeredPatients,
                            @Nullable List<String> selectivelyOpenPostcodes, String municipalityCode,
                            AddressJson address) {
    }

    @Serdeable
    record AddressJson(String street, String houseNumber, @Nullable String floor, @Nullable String door,
                       String postcode, String city, String roadCode, String municipalityCode, String addressId,
                       @Nullable Double latitude, @Nullable Double longitude) {
    }
}

package dk.sygesikring.adapters.cpr;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The JSON that CPR (and the CPR simulator) answers to {@code GET /cpr/persons/{cpr}}. Enumerations
 * are kept as text so that an unknown value is reported by {@link CprRecordMapper} with a clear message.
 */
final class CprWireFormat {

    private CprWireFormat() {
    }

    @Serdeable
    record PersonResponse(PersonJson person, @Nullable List<RelationJson> relations,
                          @Nullable List<PersonJson> relatedPersons) {
    }

    @Serdeable
    record PersonJson(String cpr, String name, String status, String civilStatus,
                      @Nullable Boolean nameAndAddressProtected, @Nullable String supplementaryAddress,
                      @Nullable AddressJson address) {
    }

    @Serdeable
    record AddressJson(String street, String houseNumber, @Nullable String floor, @Nullable String door,
                       String postcode, String city, String roadCode, String municipalityCode, String addressId,
                       @Nullable Double latitude, @Nullable Double longitude) {
    }

    @Serdeable
    record RelationJson(String type, String holderCpr, String subjectCpr) {
    }
}

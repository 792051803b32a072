package dk.sygesikring.simulators.luna;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.simulators.http.SimulatorJson.AddressJson;
import dk.sygesikring.simulators.population.PhysicalCardOptOut;
import dk.sygesikring.simulators.population.RegionalLetter;
import dk.sygesikring.simulators.population.Regions;
import dk.sygesikring.simulators.population.Registration;
import io.micronaut.serde.annotation.Serdeable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The JSON the LUNA simulator speaks (docs/integrations/luna.md), and its mapping to and from its model. The LUNA
 * adapter depends on exactly these field names; null fields are written out as null, not left out. A group is its
 * number as a string.
 */
public final class LunaWireFormat {

    private LunaWireFormat() {
    }

    /** POST /luna/registrations takes this. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RegistrationJson(String kind, String cpr, String providerNumber, String group, String validFrom,
                                   String forloebId) {
    }

    /** ... and answers this: 201 when registered now, 200 with the first answer for a key seen before. */
    @Serdeable
    public record RegisteredJson(String registrationId, String registeredAt) {
    }

    /** GET /luna/registrations lists what was registered over HTTP with these. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReceivedJson(String idempotencyKey, String registrationId, String registeredAt,
                               RegistrationJson request) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record HistoryEntryJson(String kind, String group, String providerNumber, String validFrom, String validTo,
                                   String registeredAt, String registrationId, String text) {
    }

    @Serdeable
    public record OptOutJson(String cpr, String registeredAt) {
    }

    /** GET /luna/persons/{cpr}/regional-letters lists these (LET-7); PUT /simulator/regional-letters/{cpr} takes them. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RegionalLetterJson(String letterId, String regionCode, String regionName, String sentDate,
                                     String title, String channel) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PractitionerJson(String providerNumber, String practiceName, String kind, boolean open, int capacity,
                                   int closingLimit, int registeredPatients, List<String> selectivelyOpenPostcodes,
                                   String municipalityCode, AddressJson address) {
    }

    /** Reads a practitioner given to the simulator; IllegalArgumentException (400) saying what is wrong. */
    static Practitioner toPractitioner(PractitionerJson json) {
        try {
            return new Practitioner(ProviderNumber.of(required(json.providerNumber(), "providerNumber")),
                    required(json.practiceName(), "practiceName"),
                    required(json.address(), "address").toAddress(),
                    MunicipalityCode.of(required(json.municipalityCode(), "municipalityCode")),
                    PractitionerKind.valueOf(required(json.kind(), "kind")), json.open(), json.capacity(),
                    json.closingLimit(), json.registeredPatients(),
                    json.selectivelyOpenPostcodes() == null ? Set.of() : Set.copyOf(json.selectivelyOpenPostcodes()));
        } catch (NullPointerException e) {
            throw new IllegalArgumentException("the practitioner is incomplete: " + e.getMessage(), e);
        }
    }

    /** Reads a POST body; throws IllegalArgumentException (400) saying what is wrong when it cannot be read. */
    static RegistrationRequest toRequest(RegistrationJson json) {
        try {
            return new RegistrationRequest(kind(json.kind()), Cpr.of(required(json.cpr(), "cpr")),
                    json.providerNumber(), json.group(), LocalDate.parse(required(json.validFrom(), "validFrom")),
                    UUID.fromString(required(json.forloebId(), "forloebId")));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("validFrom is not a date (YYYY-MM-DD): " + json.validFrom(), e);
        }
    }

    static RegisteredJson registered(Registration registration) {
        return new RegisteredJson(registration.registrationId().toString(), registration.registeredAt().toString());
    }

    static ReceivedJson toJson(Received received) {
        RegistrationRequest request = received.request();
        return new ReceivedJson(received.idempotencyKey(), received.registration().registrationId().toString(),
                received.registration().registeredAt().toString(),
                new RegistrationJson(request.kind().name(), request.cpr().value(), request.providerNumber(),
                        request.group(), request.validFrom().toString(), request.forloebId().toString()));
    }

    static HistoryEntryJson toJson(HistoryRow row) {
        return new HistoryEntryJson(row.kind(), Integer.toString(row.group().number()),
                row.providerNumber() == null ? null : row.providerNumber().value(), row.validFrom().toString(),
                row.validTo() == null ? null : row.validTo().toString(), row.registeredAt().toString(),
                row.registrationId().toString(), row.text());
    }

    static RegionalLetterJson toJson(RegionalLetter letter) {
        return new RegionalLetterJson(letter.letterId().toString(), letter.region().code(), letter.region().name(),
                letter.sentDate().toString(), letter.title(), letter.channel());
    }

    /** Reads a letter given to the simulator for {@code cpr}; IllegalArgumentException (400) saying what is wrong. */
    static RegionalLetter toLetter(Cpr cpr, RegionalLetterJson json) {
        try {
            String regionCode = required(json.regionCode(), "regionCode");
            if (!regionCode.matches("\\d{4}")) {
                throw new IllegalArgumentException("regionCode has 4 digits: " + regionCode);
            }
            return new RegionalLetter(cpr, UUID.fromString(required(json.letterId(), "letterId")),
                    new Regions.Region(regionCode, required(json.regionName(), "regionName")),
                    LocalDate.parse(required(json.sentDate(), "sentDate")), required(json.title(), "title"), json.channel());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("sentDate is not a date (YYYY-MM-DD): " + json.sentDate(), e);
        }
    }

    static OptOutJson toJson(PhysicalCardOptOut optOut) {
        return new OptOutJson(optOut.cpr().value(), optOut.registeredAt().toString());
    }

    static PractitionerJson toJson(Practitioner practitioner) {
        return new PractitionerJson(practitioner.providerNumber().value(), practitioner.practiceName(),
                practitioner.kind().name(), practitioner.open(), practitioner.capacity(), practitioner.closingLimit(),
                practitioner.registeredPatients(), practitioner.selectivelyOpenPostcodes().stream().sorted().toList(),
                practitioner.municipalityCode().value(), AddressJson.of(practitioner.address()));
    }

    private static Registration.Kind kind(String kind) {
        return Arrays.stream(Registration.Kind.values())
                .filter(candidate -> candidate.name().equals(kind))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("kind is DOCTOR_CHOICE or GROUP_CHANGE, not " + kind));
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}

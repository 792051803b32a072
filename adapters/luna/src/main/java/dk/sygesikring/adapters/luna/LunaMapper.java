package dk.sygesikring.adapters.luna;

import dk.sygesikring.adapters.luna.LunaWireFormat.AddressJson;
import dk.sygesikring.adapters.luna.LunaWireFormat.ErrorResponse;
import dk.sygesikring.adapters.luna.LunaWireFormat.HistoryEntryJson;
import dk.sygesikring.adapters.luna.LunaWireFormat.OptOutJson;
import dk.sygesikring.adapters.luna.LunaWireFormat.PractitionerJson;
import dk.sygesikring.adapters.luna.LunaWireFormat.RegionalLetterJson;
import dk.sygesikring.adapters.luna.LunaWireFormat.RegistrationRequest;
import dk.sygesikring.adapters.luna.LunaWireFormat.RegistrationResponse;
import dk.sygesikring.application.port.out.luna.LunaHistoryEntry;
import dk.sygesikring.application.port.out.luna.LunaOutcome;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.application.port.out.luna.PhysicalCardOptOut;
import dk.sygesikring.application.port.out.luna.RegionalLetter;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.letter.RegionalLetterPeriod;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.resilience.DefectException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Between the domain and LUNA's wire format. The domain constructors check the invariants; an answer that breaks
 * one is a defect of LUNA, reported as {@link DefectException} naming the call, never the person.
 */
final class LunaMapper {

    private LunaMapper() {
    }

    static RegistrationRequest toJson(LunaRegistration registration) {
        return switch (registration) {
            case LunaRegistration.DoctorChoice choice -> new RegistrationRequest("DOCTOR_CHOICE", choice.cpr().value(),
                    choice.providerNumber().value(), null, choice.validFrom().toString(), choice.forloebId().toString());
            case LunaRegistration.GroupChange change -> new RegistrationRequest("GROUP_CHANGE", change.cpr().value(),
                    null, Integer.toString(change.group().number()), change.validFrom().toString(),
                    change.forloebId().toString());
        };
    }

    static LunaOutcome.Registered toRegistered(RegistrationResponse json) {
        return mapped("the registration", () ->
                new LunaOutcome.Registered(UUID.fromString(json.registrationId()), Instant.parse(json.registeredAt())));
    }

    static LunaOutcome.Rejected toRejected(ErrorResponse json) {
        return mapped("the registration", () -> new LunaOutcome.Rejected(Objects.requireNonNull(json.error(), "error")));
    }

    static List<LunaHistoryEntry> toHistory(List<HistoryEntryJson> json) {
        return mapped("the history", () -> json.stream().map(LunaMapper::toHistoryEntry).toList());
    }

    static PhysicalCardOptOut toOptOut(Cpr asked, OptOutJson json) {
        return mapped("the physical-card opt-out", () -> {
            Cpr cpr = Cpr.of(json.cpr());
            if (!cpr.equals(asked)) {
                throw new IllegalArgumentException("the opt-out is about another person than the one asked for");
            }
            return new PhysicalCardOptOut(cpr, Instant.parse(json.registeredAt()));
        });
    }

    static List<Practitioner> toPractitioners(List<PractitionerJson> json) {
        return mapped("the practitioners", () -> json.stream().map(LunaMapper::toPractitioner).toList());
    }

    /** LET-7: each letter as LUNA lists it; one sent outside the period asked for is LUNA's defect, not ours to hide. */
    static List<RegionalLetter> toRegionalLetters(RegionalLetterPeriod period, List<RegionalLetterJson> json) {
        return mapped("the regional letters", () -> json.stream().map(letter -> {
            RegionalLetter mapped = new RegionalLetter(UUID.fromString(Objects.requireNonNull(letter.letterId(), "letterId")),
                    letter.regionCode(), letter.regionName(),
                    LocalDate.parse(Objects.requireNonNull(letter.sentDate(), "sentDate")), letter.title(),
                    letter.channel() == null ? null : RegionalLetter.Channel.valueOf(letter.channel()));
            if (!period.contains(mapped.sentDate())) {
                throw new IllegalArgumentException("a letter sent " + mapped.sentDate() + " is outside the period " + period);
            }
            return mapped;
        }).toList());
    }

    private static LunaHistoryEntry toHistoryEntry(HistoryEntryJson json) {
        return new LunaHistoryEntry(
                LunaHistoryEntry.Kind.valueOf(Objects.requireNonNull(json.kind(), "kind")),
                toGroup(json.group()),
                json.providerNumber() == null ? null : ProviderNumber.of(json.providerNumber()),
                LocalDate.parse(json.validFrom()),
                json.validTo() == null ? null : LocalDate.parse(json.validTo()),
                Instant.parse(json.registeredAt()),
                UUID.fromString(json.registrationId()),
                Objects.requireNonNull(json.text(), "text"));
    }

    private static Sikringsgruppe toGroup(String number) {
        return Sikringsgruppe.ofNumber(Integer.parseInt(Objects.requireNonNull(number, "group")))
                .orElseThrow(() -> new IllegalArgumentException("there is no insurance group " + number));
    }

    private static Practitioner toPractitioner(PractitionerJson json) {
        return new Practitioner(
                ProviderNumber.of(json.providerNumber()),
                json.practiceName(),
                toAddress(Objects.requireNonNull(json.address(), "address")),
                MunicipalityCode.of(json.municipalityCode()),
                PractitionerKind.valueOf(Objects.requireNonNull(json.kind(), "kind")),
                Objects.requireNonNull(json.open(), "open"),
                Objects.requireNonNull(json.capacity(), "capacity"),
                Objects.requireNonNull(json.closingLimit(), "closingLimit"),
                Objects.requireNonNull(json.registeredPatients(), "registeredPatients"),
                json.selectivelyOpenPostcodes() == null ? Set.of() : Set.copyOf(json.selectivelyOpenPostcodes()));
    }

    private static Address toAddress(AddressJson json) {
        Coordinates coordinates = null;
        if (json.latitude() != null || json.longitude() != null) {
            coordinates = new Coordinates(Objects.requireNonNull(json.latitude(), "latitude"),
                    Objects.requireNonNull(json.longitude(), "longitude"));
        }
        return new Address(json.street(), json.houseNumber(), json.floor(), json.door(), json.postcode(), json.city(),
                json.roadCode(), MunicipalityCode.of(json.municipalityCode()), json.addressId(), coordinates);
    }

    /** Runs a mapping of LUNA's answer to {@code call}; whatever the domain refuses is LUNA's defect. */
    private static <T> T mapped(String call, Supplier<T> mapping) {
        try {
            return mapping.get();
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            throw new DefectException("LUNA answered " + call + " with data that breaks the model: " + e.getMessage(), e);
        }
    }
}

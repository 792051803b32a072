package dk.sygesikring.adapters.cpr;

import dk.sygesikring.adapters.cpr.CprWireFormat.AddressJson;
import dk.sygesikring.adapters.cpr.CprWireFormat.PersonJson;
import dk.sygesikring.adapters.cpr.CprWireFormat.PersonResponse;
import dk.sygesikring.adapters.cpr.CprWireFormat.RelationJson;
import dk.sygesikring.application.port.out.CprPersonRecord;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.person.RelationType;
import dk.sygesikring.resilience.DefectException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * CPR's answer to domain objects. The domain constructors check the invariants; an answer that breaks
 * one is a defect of CPR, reported as {@link DefectException}.
 */
final class CprRecordMapper {

    private CprRecordMapper() {
    }

    static CprPersonRecord toRecord(PersonResponse response) {
        try {
            Objects.requireNonNull(response.person(), "person");
            return new CprPersonRecord(
                    toPerson(response.person()),
                    mapAll(response.relations(), CprRecordMapper::toRelation),
                    mapAll(response.relatedPersons(), CprRecordMapper::toPerson));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DefectException("CPR answered with a person record that breaks the person model: " + e.getMessage(), e);
        }
    }

    private static Person toPerson(PersonJson json) {
        return new Person(
                Cpr.of(json.cpr()),
                json.name(),
                CprStatus.valueOf(Objects.requireNonNull(json.status(), "status")),
                CivilStatus.valueOf(Objects.requireNonNull(json.civilStatus(), "civilStatus")),
                json.address() == null ? null : toAddress(json.address()),
                // Required: defaulting a missing flag to false would show a protected address (PER-2).
                Objects.requireNonNull(json.nameAndAddressProtected(), "nameAndAddressProtected"),
                json.supplementaryAddress());
    }

    private static Address toAddress(AddressJson json) {
        return new Address(json.street(), json.houseNumber(), json.floor(), json.door(), json.postcode(), json.city(),
                json.roadCode(), MunicipalityCode.of(json.municipalityCode()), json.addressId(), toCoordinates(json));
    }

    private static Coordinates toCoordinates(AddressJson json) {
        if (json.latitude() == null && json.longitude() == null) {
            return null;
        }
        if (json.latitude() == null || json.longitude() == null) {
            throw new IllegalArgumentException("an address has both latitude and longitude, or neither");
        }
        return new Coordinates(json.latitude(), json.longitude());
    }

    private static Relation toRelation(RelationJson json) {
        return new Relation(RelationType.valueOf(Objects.requireNonNull(json.type(), "relation type")),
                Cpr.of(json.holderCpr()), Cpr.of(json.subjectCpr()));
    }

    /** A missing list means none: CPR may leave out an empty list. */
    private static <J, D> List<D> mapAll(List<J> json, Function<J, D> mapper) {
        return json == null ? List.of() : json.stream().map(mapper).toList();
    }
}

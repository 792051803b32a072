package dk.sygesikring.simulators.cpr;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.person.RelationType;
import dk.sygesikring.simulators.http.SimulatorJson.AddressJson;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The JSON the CPR simulator speaks, and its mapping to and from the domain. The CPR adapter depends on
 * exactly these field names; null fields are written out as null, not left out.
 */
public final class CprWireFormat {

    private CprWireFormat() {
    }

    /** GET /cpr/persons/{cpr} answers this, and PUT takes it: the person, every relation involving them, the other parties. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PersonRecordJson(PersonJson person, List<RelationJson> relations, List<PersonJson> relatedPersons) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PersonJson(String cpr, String name, String status, String civilStatus,
                             boolean nameAndAddressProtected, String supplementaryAddress, AddressJson address) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RelationJson(String type, String holderCpr, String subjectCpr) {
    }

    static PersonRecordJson toJson(CprRecord record) {
        return new PersonRecordJson(
                toJson(record.person()),
                record.relations().stream().map(CprWireFormat::toJson).toList(),
                record.relatedPersons().stream().map(CprWireFormat::toJson).toList());
    }

    static PersonJson toJson(Person person) {
        return new PersonJson(person.cpr().value(), person.name(), person.status().name(), person.civilStatus().name(),
                person.nameAndAddressProtected(), person.supplementaryAddress(),
                person.address() == null ? null : AddressJson.of(person.address()));
    }

    static RelationJson toJson(Relation relation) {
        return new RelationJson(relation.type().name(), relation.holder().value(), relation.subject().value());
    }

    /** Reads a PUT body; throws IllegalArgumentException saying what is wrong when it does not describe a valid person. */
    static CprRecord toDomain(PersonRecordJson json) {
        require(json.person() != null, "person is required");
        try {
            return new CprRecord(
                    toDomain(json.person()),
                    json.relations() == null ? List.of() : json.relations().stream().map(CprWireFormat::toDomain).toList(),
                    json.relatedPersons() == null ? List.of()
                            : json.relatedPersons().stream().map(CprWireFormat::toDomain).toList());
        } catch (NullPointerException e) {
            // the domain's constructors name the missing field
            throw new IllegalArgumentException("a required field is missing: " + e.getMessage(), e);
        }
    }

    static Person toDomain(PersonJson json) {
        return new Person(new Cpr(json.cpr()), json.name(), CprStatus.valueOf(json.status()),
                CivilStatus.valueOf(json.civilStatus()), json.address() == null ? null : json.address().toAddress(),
                json.nameAndAddressProtected(), json.supplementaryAddress());
    }

    private static Relation toDomain(RelationJson json) {
        return new Relation(RelationType.valueOf(json.type()), new Cpr(json.holderCpr()), new Cpr(json.subjectCpr()));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}

package dk.sygesikring.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.port.out.CprPersonRecord;
import dk.sygesikring.application.port.out.LoadMunicipalitiesPort;
import dk.sygesikring.application.port.out.LoadPersonPort;
import dk.sygesikring.application.port.out.SavePersonPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class PersonPersistenceTest {

    @Inject LoadPersonPort load;
    @Inject SavePersonPort save;
    @Inject LoadMunicipalitiesPort municipalities;
    @Inject TransactionPort transactions;

    static final Address ADDRESS = new Address("Nørregade", "12", "2", "tv", "1165", "København K", "4912",
            MunicipalityCode.of("101"), "addr-persistence-1", new Coordinates(55.6794, 12.5716));

    @Test
    void the_98_municipalities_are_reference_data() {
        assertThat(municipalities.loadMunicipalities()).hasSize(98)
                .first().satisfies(first -> assertThat(first.name()).isEqualTo("København"));
    }

    @Test
    @DisplayName("PER-1 (storage) a person with relations is stored and read back, and a second save overwrites")
    void PER_1_a_person_with_relations_is_stored_and_read_back_and_a_second_save_overwrites() {
        Person mother = new Person(Cpr.of("1203851234"), "Mette Nørgaard", CprStatus.ACTIVE, CivilStatus.MARRIED,
                ADDRESS, true, "Calle Mayor 1, Madrid");
        Person child = new Person(Cpr.of("0101184322"), "Åse Nørgaard", CprStatus.ACTIVE, CivilStatus.UNMARRIED,
                ADDRESS, false, null);
        transactions.inTransaction(() -> {
            save.save(new CprPersonRecord(mother, List.of(Relation.custody(mother.cpr(), child.cpr())), List.of(child)));
            return null;
        });

        assertThat(load.loadPerson(mother.cpr())).contains(mother);
        assertThat(load.loadRelations(child.cpr())).containsExactly(Relation.custody(mother.cpr(), child.cpr()));
        assertThat(load.loadResidentsAt("addr-persistence-1")).extracting(Person::cpr).containsExactlyInAnyOrder(mother.cpr(), child.cpr());

        Person moved = new Person(mother.cpr(), mother.name(), CprStatus.INACTIVE, CivilStatus.DIVORCED, null, false, null);
        transactions.inTransaction(() -> {
            save.save(new CprPersonRecord(moved, List.of(), List.of()));
            return null;
        });
        assertThat(load.loadPerson(mother.cpr())).contains(moved);
        assertThat(load.loadRelations(child.cpr())).isEmpty();
    }
}

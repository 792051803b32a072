package dk.sygesikring.server.api;

import static dk.sygesikring.server.support.TestDates.bornYearsAgo;
import static dk.sygesikring.server.support.TestPersons.address;
import static dk.sygesikring.server.support.TestPersons.married;
import static dk.sygesikring.server.support.TestPersons.person;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.TestCprs;
import dk.sygesikring.server.support.TestPersons;
import dk.sygesikring.server.support.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyApiTest {

    private static final int SERIES = 20;

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;
    @Inject TestPersons persons;
    ApiClient api;

    final Address home = address("addr-family-home");
    final Address fathersFormerHome = address("addr-family-elsewhere");
    final Person mother = married(person(TestCprs.cpr(bornYearsAgo(41, 5), SERIES, Gender.FEMALE), "Mette Holm", home));
    final Person father = married(person(TestCprs.cpr(bornYearsAgo(43, 5), SERIES, Gender.MALE), "Peter Holm", home));
    final Person daughter = person(TestCprs.cpr(bornYearsAgo(9, 5), SERIES, Gender.FEMALE), "Ida Holm", home);
    final Person sonOf17 = person(TestCprs.cpr(bornYearsAgo(17, 5), SERIES, Gender.MALE), "Oskar Holm", home);
    final Person sonOf19 = person(TestCprs.cpr(bornYearsAgo(19, 5), SERIES, Gender.MALE), "Emil Holm", home);
    final Person fosterChild = person(TestCprs.cpr(bornYearsAgo(11, 5), SERIES, Gender.MALE), "Ali Plejebarn", home);
    final Person fathersChildElsewhere = person(TestCprs.cpr(bornYearsAgo(12, 5), SERIES, Gender.FEMALE), "Sara Holm", fathersFormerHome);
    final Person grandmotherUnderGuardianship = person(TestCprs.cpr(bornYearsAgo(84, 5), SERIES, Gender.FEMALE), "Karen Holm", address("addr-family-care-home"));

    @BeforeAll
    void registerFamily() {
        api = new ApiClient(server);
        persons.store(mother, List.of(Relation.spouses(mother.cpr(), father.cpr()),
                Relation.custody(mother.cpr(), daughter.cpr()), Relation.custody(mother.cpr(), sonOf17.cpr())),
                List.of(father, daughter, sonOf17));
        persons.store(father, List.of(Relation.spouses(mother.cpr(), father.cpr()),
                Relation.custody(father.cpr(), daughter.cpr()), Relation.custody(father.cpr(), sonOf17.cpr()),
                Relation.custody(father.cpr(), fathersChildElsewhere.cpr()),
                Relation.guardianship(father.cpr(), grandmotherUnderGuardianship.cpr())),
                List.of(mother, daughter, sonOf17, fathersChildElsewhere, grandmotherUnderGuardianship));
        persons.store(sonOf19, fosterChild);
    }

    @Test
    @DisplayName("PER-5 family and residence shows spouse children in custody wherever they live guardianships and co residents")
    void PER5_family_and_residence_shows_spouse_children_in_custody_wherever_they_live_guardianships_and_co_residents() {
        Map<String, String> relationByName = relationsOf(family(father.cpr().value(), tokens.caseworker("101", "cw-101-1")));

        assertThat(relationByName).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Mette Holm", "SPOUSE",
                "Ida Holm", "CHILD_IN_CUSTODY",
                "Oskar Holm", "CHILD_IN_CUSTODY",
                "Sara Holm", "CHILD_IN_CUSTODY",
                "Karen Holm", "UNDER_GUARDIANSHIP",
                "Emil Holm", "CO_RESIDENT",
                "Ali Plejebarn", "CO_RESIDENT"));
    }

    @Test
    @DisplayName("PER-5 a child in custody living elsewhere is shown as not at the same address")
    void PER5_a_child_in_custody_living_elsewhere_is_shown_as_not_at_the_same_address() {
        JsonPath family = family(father.cpr().value(), tokens.caseworker("101", "cw-101-1"));
        assertThat(family.getBoolean("members.find { it.name == 'Sara Holm' }.livesAtSameAddress")).isFalse();
        assertThat(family.getBoolean("members.find { it.name == 'Ida Holm' }.livesAtSameAddress")).isTrue();
    }

    @Test
    @DisplayName("PER-5 a child sees both custodians and the rest of the household")
    void PER5_a_child_sees_both_custodians_and_the_rest_of_the_household() {
        Map<String, String> relationByName = relationsOf(family(daughter.cpr().value(), tokens.caseworker("101", "cw-101-1")));
        assertThat(relationByName).containsEntry("Mette Holm", "CUSTODIAN").containsEntry("Peter Holm", "CUSTODIAN")
                .containsEntry("Oskar Holm", "CO_RESIDENT").containsEntry("Emil Holm", "CO_RESIDENT");
    }

    @Test
    @DisplayName("PER-5 relations come first and no marriage date is ever shown")
    void PER5_relations_come_first_and_no_marriage_date_is_ever_shown() {
        JsonPath family = family(mother.cpr().value(), tokens.citizen(mother.cpr().value()));
        List<String> relations = family.getList("members.relation");
        assertThat(relations.indexOf("CO_RESIDENT")).isGreaterThan(relations.lastIndexOf("CHILD_IN_CUSTODY"));
        assertThat(family.prettify()).doesNotContainIgnoringCase("marri").doesNotContainIgnoringCase("date");
    }

    @Test
    @DisplayName("PER-5 with more than 20 relations and co residents the co residents are left out")
    void PER5_with_more_than_20_relations_and_co_residents_the_co_residents_are_left_out() {
        Address collective = address("addr-family-collective");
        Person resident = person(TestCprs.cpr(bornYearsAgo(30, 40), SERIES, Gender.FEMALE), "Anna Kollektiv", collective);
        List<Person> others = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            others.add(person(TestCprs.cpr(bornYearsAgo(31 + i, 40), SERIES, i % 2 == 0 ? Gender.MALE : Gender.FEMALE), "Beboer " + i, collective));
        }
        Person spouse = married(person(TestCprs.cpr(bornYearsAgo(55, 40), SERIES, Gender.MALE), "Bent Gift", address("addr-family-spouse-away")));
        persons.store(married(resident), List.of(Relation.spouses(resident.cpr(), spouse.cpr())), List.of(spouse));
        persons.store(others.toArray(Person[]::new));

        JsonPath family = family(resident.cpr().value(), tokens.caseworker("101", "cw-101-1"));
        assertThat(family.getBoolean("coResidentsOmitted")).isTrue();
        assertThat(family.getList("members.name")).containsExactly("Bent Gift");
    }

    @Test
    @DisplayName("PER-5 twenty members in all are still shown in full")
    void PER5_twenty_members_in_all_are_still_shown_in_full() {
        Address house = address("addr-family-twenty");
        List<Person> residents = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            residents.add(person(TestCprs.cpr(bornYearsAgo(60 + i, 60), SERIES, Gender.MALE), "Husstand " + i, house));
        }
        persons.store(residents.toArray(Person[]::new));

        JsonPath family = family(residents.get(0).cpr().value(), tokens.caseworker("101", "cw-101-1"));
        assertThat(family.getBoolean("coResidentsOmitted")).isFalse();
        assertThat(family.getList("members")).hasSize(20);
    }

    @Test
    @DisplayName("PER-5 a person living alone without relations has an empty list of members")
    void PER5_a_person_living_alone_without_relations_has_an_empty_list_of_members() {
        Person alone = person(TestCprs.cpr(bornYearsAgo(66, 70), SERIES, Gender.FEMALE), "Inge Alene", address("addr-family-alone"));
        persons.store(alone);

        JsonPath family = family(alone.cpr().value(), tokens.caseworker("101", "cw-101-1"));
        assertThat(family.getList("members")).isEmpty();
        assertThat(family.getBoolean("coResidentsOmitted")).isFalse();
    }

    private JsonPath family(String cpr, String token) {
        return api.as(token).get("/persons/{cpr}/family", cpr).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, String> relationsOf(JsonPath family) {
        List<String> names = family.getList("members.name");
        List<String> relations = family.getList("members.relation");
        Map<String, String> byName = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            byName.put(names.get(i), relations.get(i));
        }
        return byName;
    }
}

package dk.sygesikring.simulators.population;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.FamilyAndResidence;
import dk.sygesikring.domain.person.FamilyMember;
import dk.sygesikring.domain.person.FamilyRelation;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The hand-placed persons are in the population with the properties their descriptions promise (ages on 2026-11-22).
 * These tests prove the demo data, not the rules: they name no rule ID; the rules are proven by the domain and
 * service tests that use such persons.
 */
class WellKnownTest {

    private static final DemoPopulation POPULATION = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED);
    private static final LocalDate REFERENCE_DATE = DemoPopulation.REFERENCE_DATE;

    @Test
    void every_well_known_person_is_there_with_the_documented_name_and_a_recognisable_number() {
        assertThat(WellKnown.all()).hasSize(15).allSatisfy(entry -> {
            assertThat(person(entry.cpr()).name()).isEqualTo(entry.name());
            assertThat(entry.cpr().value().substring(6, 8)).isEqualTo("99");
        });
        assertThat(POPULATION.persons())
                .filteredOn(person -> person.cpr().value().startsWith("99", 6))
                .hasSameSizeAs(WellKnown.all());
    }

    @Test
    @DisplayName("copenhagen family married parents two children in joint custody and a son of 19 at home")
    void copenhagen_family_married_parents_two_children_in_joint_custody_and_a_son_of_19_at_home() {
        Person father = person(WellKnown.KBH_FATHER);
        Person mother = person(WellKnown.KBH_MOTHER);
        Person daughter = person(WellKnown.KBH_DAUGHTER_UNDER_15);
        Person son = person(WellKnown.KBH_SON_UNDER_15);
        Person adultSon = person(WellKnown.KBH_SON_19_AT_HOME);

        assertThat(father.address().municipalityCode().value()).isEqualTo("101");
        assertThat(mother.address()).isSameAs(father.address()).isSameAs(daughter.address())
                .isSameAs(son.address()).isSameAs(adultSon.address());
        assertThat(father.civilStatus()).isEqualTo(CivilStatus.MARRIED);
        assertThat(mother.civilStatus()).isEqualTo(CivilStatus.MARRIED);
        assertThat(POPULATION.relationsOf(father.cpr())).containsExactlyInAnyOrder(
                Relation.spouses(father.cpr(), mother.cpr()),
                Relation.custody(father.cpr(), daughter.cpr()),
                Relation.custody(father.cpr(), son.cpr()));
        assertThat(POPULATION.relationsOf(mother.cpr())).contains(
                Relation.custody(mother.cpr(), daughter.cpr()), Relation.custody(mother.cpr(), son.cpr()));
        assertThat(daughter.ageOn(REFERENCE_DATE)).isLessThan(15);
        assertThat(son.ageOn(REFERENCE_DATE)).isLessThan(15);
        assertThat(adultSon.ageOn(REFERENCE_DATE)).isEqualTo(19);
        assertThat(POPULATION.relationsOf(adultSon.cpr())).isEmpty();

        assertThat(familyOf(father)).containsEntry(mother.cpr(), FamilyRelation.SPOUSE)
                .containsEntry(daughter.cpr(), FamilyRelation.CHILD_IN_CUSTODY)
                .containsEntry(son.cpr(), FamilyRelation.CHILD_IN_CUSTODY)
                .containsEntry(adultSon.cpr(), FamilyRelation.CO_RESIDENT)
                .hasSize(4);
    }

    @Test
    @DisplayName("protected mother and child")
    void protected_mother_and_child() {
        Person mother = person(WellKnown.PROTECTED_MOTHER);
        Person child = person(WellKnown.PROTECTED_CHILD);

        assertThat(mother.nameAndAddressProtected()).isTrue();
        assertThat(child.nameAndAddressProtected()).isTrue();
        assertThat(child.ageOn(REFERENCE_DATE)).isLessThan(15);
        assertThat(child.livesWith(mother)).isTrue();
        assertThat(POPULATION.relationsOf(child.cpr())).containsExactly(Relation.custody(mother.cpr(), child.cpr()));
    }

    @Test
    @DisplayName("emigrated person is inactive and keeps the last known address")
    void emigrated_person_is_inactive_and_keeps_the_last_known_address() {
        Person emigrated = person(WellKnown.EMIGRATED);

        assertThat(emigrated.isActive()).isFalse();
        assertThat(emigrated.address()).isNotNull();
        assertThat(POPULATION.residentsAt(emigrated.address().addressId())).isEmpty();
    }

    @Test
    @DisplayName("person with a supplementary address abroad")
    void person_with_a_supplementary_address_abroad() {
        Person person = person(WellKnown.SUPPLEMENTARY_ADDRESS);

        assertThat(person.isActive()).isTrue();
        assertThat(person.supplementaryAddress()).isEqualTo("Calle Mayor 10, 28013 Madrid, Spanien");
        assertThat(person.address().city()).isEqualTo("Aalborg");
    }

    @Test
    @DisplayName("adult under guardianship and the guardian living elsewhere")
    void adult_under_guardianship_and_the_guardian_living_elsewhere() {
        Person ward = person(WellKnown.UNDER_GUARDIANSHIP);
        Person guardian = person(WellKnown.GUARDIAN);

        assertThat(ward.ageOn(REFERENCE_DATE)).isGreaterThanOrEqualTo(18);
        assertThat(POPULATION.relationsOf(ward.cpr())).containsExactly(Relation.guardianship(guardian.cpr(), ward.cpr()));
        assertThat(ward.livesWith(guardian)).isFalse();
        assertThat(guardian.address().municipalityCode()).isNotEqualTo(ward.address().municipalityCode());
        assertThat(familyOf(ward)).containsExactly(Map.entry(guardian.cpr(), FamilyRelation.GUARDIAN));
    }

    @Test
    @DisplayName("care home resident has more than 20 co residents so they are left out")
    void care_home_resident_has_more_than_20_co_residents_so_they_are_left_out() {
        Person resident = person(WellKnown.CARE_HOME_RESIDENT);

        assertThat(POPULATION.residentsAt(resident.address().addressId())).hasSize(WellKnown.CARE_HOME_RESIDENTS);
        FamilyAndResidence family = familyAndResidence(resident);
        assertThat(family.coResidentsOmitted()).isTrue();
        assertThat(family.members()).noneMatch(member -> member.relation() == FamilyRelation.CO_RESIDENT);
    }

    @Test
    @DisplayName("child of divorced parents in joint custody lives with the mother in another municipality")
    void child_of_divorced_parents_in_joint_custody_lives_with_the_mother_in_another_municipality() {
        Person child = person(WellKnown.CHILD_OF_DIVORCED_PARENTS);
        Person mother = person(WellKnown.DIVORCED_MOTHER);
        Person father = person(WellKnown.DIVORCED_FATHER);

        assertThat(POPULATION.relationsOf(child.cpr())).containsExactlyInAnyOrder(
                Relation.custody(mother.cpr(), child.cpr()), Relation.custody(father.cpr(), child.cpr()));
        assertThat(child.livesWith(mother)).isTrue();
        assertThat(child.livesWith(father)).isFalse();
        assertThat(mother.civilStatus()).isEqualTo(CivilStatus.DIVORCED);
        assertThat(father.civilStatus()).isEqualTo(CivilStatus.DIVORCED);
        assertThat(mother.address().municipalityCode().value()).isEqualTo("147");
        assertThat(father.address().municipalityCode().value()).isEqualTo("101");
        assertThat(child.ageOn(REFERENCE_DATE)).isLessThan(15);
    }

    private static Map<Cpr, FamilyRelation> familyOf(Person person) {
        return familyAndResidence(person).members().stream()
                .collect(Collectors.toMap(member -> member.person().cpr(), FamilyMember::relation));
    }

    private static FamilyAndResidence familyAndResidence(Person person) {
        var relations = POPULATION.relationsOf(person.cpr());
        Map<Cpr, Person> others = relations.stream()
                .map(relation -> person(relation.otherThan(person.cpr())))
                .distinct()
                .collect(Collectors.toMap(Person::cpr, Function.identity()));
        return FamilyAndResidence.of(person, relations, others,
                POPULATION.residentsAt(person.address().addressId()), REFERENCE_DATE);
    }

    private static Person person(Cpr cpr) {
        return POPULATION.person(cpr).orElseThrow();
    }
}

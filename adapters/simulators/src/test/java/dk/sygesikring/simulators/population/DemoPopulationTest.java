package dk.sygesikring.simulators.population;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.person.RelationType;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The generated population is deterministic and holds the cases the person rules need to be shown and tried. Ages
 * are checked on {@link DemoPopulation#REFERENCE_DATE} (2026-11-22), the day the ages were planned against.
 * These tests prove the demo data, not the rules: they name no rule ID; the rules are proven by the domain and
 * service tests that use such persons.
 */
class DemoPopulationTest {

    private static final DemoPopulation POPULATION = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED);
    private static final LocalDate REFERENCE_DATE = DemoPopulation.REFERENCE_DATE;

    @Test
    void the_same_seed_gives_exactly_the_same_population() {
        DemoPopulation again = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED);

        assertThat(again.persons()).isEqualTo(POPULATION.persons());
        assertThat(again.relations()).isEqualTo(POPULATION.relations());
        assertThat(again.practitioners()).isEqualTo(POPULATION.practitioners());
    }

    @Test
    void another_seed_gives_another_population_with_the_same_well_known_persons() {
        DemoPopulation other = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED + 1);

        assertThat(other.persons()).isNotEqualTo(POPULATION.persons());
        for (WellKnown.Entry entry : WellKnown.all()) {
            assertThat(other.person(entry.cpr())).isEqualTo(POPULATION.person(entry.cpr()));
        }
    }

    @Test
    void holds_a_few_thousand_persons() {
        assertThat(POPULATION.persons()).hasSizeBetween(3_600, 4_400);
    }

    @Test
    @DisplayName("every cpr number is valid unique and born 1930 to 2025")
    void every_cpr_number_is_valid_unique_and_born_1930_to_2025() {
        List<Cpr> cprs = POPULATION.persons().stream().map(Person::cpr).toList();

        assertThat(new HashSet<>(cprs)).hasSameSizeAs(cprs);
        assertThat(cprs).allSatisfy(cpr -> {
            assertThat(Cpr.problemWith(cpr.value())).isEmpty();
            assertThat(cpr.birthDate()).isBetween(LocalDate.of(1930, 1, 1), LocalDate.of(2025, 12, 31));
        });
    }

    @Test
    @DisplayName("the gender digit of the cpr number matches the first name")
    void the_gender_digit_of_the_cpr_number_matches_the_first_name() {
        assertThat(POPULATION.persons()).allSatisfy(person ->
                assertThat(Names.genderOf(firstName(person))).contains(person.gender()));
    }

    @Test
    void names_look_danish_some_with_ae_oe_aa() {
        assertThat(POPULATION.persons()).allSatisfy(person -> assertThat(person.name()).matches("\\p{Lu}\\p{L}+( \\p{Lu}\\p{L}+)+"));
        assertThat(POPULATION.persons()).anySatisfy(person -> assertThat(person.name()).containsAnyOf("æ", "ø", "å", "Æ", "Ø", "Å"));
    }

    @Test
    void every_municipality_has_residents_and_larger_ones_have_more() {
        Map<String, Long> residents = activePersons().stream()
                .collect(Collectors.groupingBy(person -> person.address().municipalityCode().value(), Collectors.counting()));

        assertThat(residents.keySet()).containsExactlyInAnyOrderElementsOf(
                Municipalities.all().stream().map(area -> area.code().value()).toList());
        assertThat(residents.get("101")).isGreaterThan(residents.get("751")).isGreaterThan(300L);
        assertThat(residents.get("751")).isGreaterThan(residents.get("461"));
        assertThat(residents.get("825")).isLessThan(20L);
    }

    @Test
    void addresses_lie_near_the_main_town_of_their_municipality() {
        assertThat(addressesOf(POPULATION.persons())).allSatisfy(address -> {
            MunicipalityArea area = Municipalities.byCode(address.municipalityCode().value());
            assertThat(address.coordinates().kilometresTo(area.centre())).isLessThanOrEqualTo(area.radiusKm() + 0.1);
            assertThat(area.postalDistricts()).contains(new PostalDistrict(address.postcode(), address.city()));
            assertThat(address.roadCode()).matches("\\d{4}");
        });
    }

    @Test
    void everyone_of_a_household_shares_the_same_address_instance() {
        Map<String, List<Address>> byId = addressesOf(activePersons()).stream()
                .collect(Collectors.groupingBy(Address::addressId));

        assertThat(byId.values()).allSatisfy(same ->
                assertThat(same).allSatisfy(address -> assertThat(address).isSameAs(same.getFirst())));
        assertThat(byId.values()).anySatisfy(same -> assertThat(same).hasSizeGreaterThan(3));
    }

    @Test
    @DisplayName("every relation refers to persons in the population")
    void every_relation_refers_to_persons_in_the_population() {
        assertThat(POPULATION.relations()).isNotEmpty().allSatisfy(relation -> {
            assertThat(POPULATION.person(relation.holder())).isPresent();
            assertThat(POPULATION.person(relation.subject())).isPresent();
        });
        assertThat(POPULATION.relations()).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("a spouse relation exactly when married or registered partners")
    void a_spouse_relation_exactly_when_married_or_registered_partners() {
        assertThat(relations(RelationType.SPOUSE)).isNotEmpty().allSatisfy(relation -> {
            CivilStatus holder = person(relation.holder()).civilStatus();
            assertThat(holder).isIn(CivilStatus.MARRIED, CivilStatus.REGISTERED_PARTNER);
            assertThat(person(relation.subject()).civilStatus()).isEqualTo(holder);
        });
        assertThat(POPULATION.persons()).allSatisfy(person -> assertThat(
                POPULATION.relationsOf(person.cpr()).stream().filter(r -> r.type() == RelationType.SPOUSE).count())
                .isEqualTo(person.civilStatus().hasSpouse() ? 1L : 0L));
        assertThat(POPULATION.persons()).anyMatch(person -> person.civilStatus() == CivilStatus.REGISTERED_PARTNER);
    }

    @Test
    @DisplayName("custody ends at 18 so no custody relation to anyone 18 or over")
    void custody_ends_at_18_so_no_custody_relation_to_anyone_18_or_over() {
        assertThat(relations(RelationType.CUSTODY)).isNotEmpty().allSatisfy(relation -> {
            assertThat(person(relation.subject()).ageOn(REFERENCE_DATE)).isLessThan(18);
            assertThat(person(relation.holder()).ageOn(REFERENCE_DATE)).isGreaterThanOrEqualTo(18);
        });
    }

    @Test
    @DisplayName("children of all ages teenagers and adult children living at home")
    void children_of_all_ages_teenagers_and_adult_children_living_at_home() {
        assertThat(count(person -> person.ageOn(REFERENCE_DATE) < 15)).isGreaterThan(500);
        assertThat(count(person -> person.ageOn(REFERENCE_DATE) >= 15 && person.ageOn(REFERENCE_DATE) < 18)).isGreaterThan(50);
        // an adult child at home: 18-25, without any relation, living with an adult at least 20 years older
        assertThat(count(person -> {
            int age = person.ageOn(REFERENCE_DATE);
            return person.isActive() && age >= 18 && age <= 25 && POPULATION.relationsOf(person.cpr()).isEmpty()
                    && POPULATION.residentsAt(person.address().addressId()).stream()
                            .anyMatch(parent -> parent.ageOn(REFERENCE_DATE) >= age + 20);
        })).isGreaterThan(20);
    }

    @Test
    @DisplayName("some address has more than 20 residents")
    void some_address_has_more_than_20_residents() {
        Map<String, Long> residents = activePersons().stream()
                .collect(Collectors.groupingBy(person -> person.address().addressId(), Collectors.counting()));

        assertThat(residents.values()).anyMatch(count -> count > 20);
    }

    @Test
    @DisplayName("children of divorced parents have two custodians at different addresses and live with one")
    void children_of_divorced_parents_have_two_custodians_at_different_addresses_and_live_with_one() {
        long children = POPULATION.persons().stream().filter(child -> {
            List<Person> custodians = custodiansOf(child);
            return custodians.size() == 2
                    && !custodians.get(0).livesWith(custodians.get(1))
                    && custodians.stream().anyMatch(child::livesWith);
        }).count();

        assertThat(children).isGreaterThan(20);
    }

    @Test
    @DisplayName("foster children live with a family that has no custody of them")
    void foster_children_live_with_a_family_that_has_no_custody_of_them() {
        long fosterChildren = POPULATION.persons().stream()
                .filter(child -> child.isActive() && child.ageOn(REFERENCE_DATE) < 18)
                .filter(child -> custodiansOf(child).stream().noneMatch(child::livesWith))
                .filter(child -> POPULATION.residentsAt(child.address().addressId()).stream()
                        .anyMatch(adult -> adult.ageOn(REFERENCE_DATE) >= 30))
                .count();

        assertThat(fosterChildren).isGreaterThan(5);
    }

    @Test
    @DisplayName("adults under guardianship have a guardian some living elsewhere")
    void adults_under_guardianship_have_a_guardian_some_living_elsewhere() {
        List<Relation> guardianships = relations(RelationType.GUARDIANSHIP);

        assertThat(guardianships).hasSizeGreaterThan(5).allSatisfy(relation ->
                assertThat(person(relation.subject()).ageOn(REFERENCE_DATE)).isGreaterThanOrEqualTo(18));
        assertThat(guardianships).anyMatch(relation -> !person(relation.holder()).livesWith(person(relation.subject())));
        assertThat(guardianships).anyMatch(relation -> person(relation.holder()).livesWith(person(relation.subject())));
    }

    @Test
    @DisplayName("about one percent are name and address protected children among them")
    void about_one_percent_are_name_and_address_protected_children_among_them() {
        assertThat(count(Person::nameAndAddressProtected)).isBetween(15, 80);
        assertThat(count(person -> person.nameAndAddressProtected() && person.ageOn(REFERENCE_DATE) < 15)).isPositive();
    }

    @Test
    @DisplayName("about two percent are inactive keeping the last known address or none")
    void about_two_percent_are_inactive_keeping_the_last_known_address_or_none() {
        assertThat(count(person -> !person.isActive())).isBetween(40, 130);
        assertThat(count(person -> !person.isActive() && person.address() != null)).isPositive();
        assertThat(count(person -> !person.isActive() && person.address() == null)).isPositive();
    }

    @Test
    @DisplayName("about one percent have a supplementary address")
    void about_one_percent_have_a_supplementary_address() {
        assertThat(count(Person::hasSupplementaryAddress)).isBetween(20, 100);
    }

    @Test
    void unmarried_couples_live_together_without_any_relation_between_them() {
        long addressesWithUnmarriedCouple = activePersons().stream()
                .collect(Collectors.groupingBy(person -> person.address().addressId()))
                .values().stream()
                .filter(residents -> residents.stream().anyMatch(one -> residents.stream().anyMatch(other ->
                        isUnmarriedAdult(one) && isUnmarriedAdult(other) && one.gender() != other.gender()
                                && Math.abs(one.ageOn(REFERENCE_DATE) - other.ageOn(REFERENCE_DATE)) <= 10
                                && POPULATION.relationsOf(one.cpr()).stream().noneMatch(r -> r.involves(other.cpr())))))
                .count();

        assertThat(addressesWithUnmarriedCouple).isGreaterThan(20);
    }

    private static boolean isUnmarriedAdult(Person person) {
        return person.ageOn(REFERENCE_DATE) >= 20 && !person.civilStatus().hasSpouse();
    }

    private static List<Person> custodiansOf(Person child) {
        return POPULATION.relationsOf(child.cpr()).stream()
                .filter(relation -> relation.type() == RelationType.CUSTODY && relation.subject().equals(child.cpr()))
                .map(relation -> person(relation.holder()))
                .toList();
    }

    private static List<Relation> relations(RelationType type) {
        return POPULATION.relations().stream().filter(relation -> relation.type() == type).toList();
    }

    private static List<Person> activePersons() {
        return POPULATION.persons().stream().filter(Person::isActive).toList();
    }

    private static List<Address> addressesOf(List<Person> persons) {
        return persons.stream().map(Person::address).filter(address -> address != null).toList();
    }

    private static Person person(Cpr cpr) {
        return POPULATION.person(cpr).orElseThrow();
    }

    private static int count(Predicate<Person> predicate) {
        return (int) POPULATION.persons().stream().filter(predicate).count();
    }

    private static String firstName(Person person) {
        return person.name().substring(0, person.name().indexOf(' '));
    }
}

package dk.sygesikring.simulators.population;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The demo population's practitioners: regular, closed, selectively open and special practices in every municipality.
 * These tests prove the demo data, not the rules: they name no rule ID; the rules are proven by the domain and
 * service tests that use such persons.
 */
class PractitionersTest {

    private static final List<Practitioner> PRACTITIONERS =
            DemoPopulation.generate(DemoPopulation.DEFAULT_SEED).practitioners();

    @Test
    void about_300_practitioners_with_unique_six_digit_provider_numbers() {
        assertThat(PRACTITIONERS).hasSizeBetween(250, 350);
        assertThat(PRACTITIONERS).extracting(practitioner -> practitioner.providerNumber().value())
                .doesNotHaveDuplicates()
                .allMatch(number -> number.matches("\\d{6}"));
    }

    @Test
    @DisplayName("every municipality has two to four regular practices at least two of them open")
    void every_municipality_has_two_to_four_regular_practices_at_least_two_of_them_open() {
        Map<String, List<Practitioner>> regular = PRACTITIONERS.stream()
                .filter(practitioner -> practitioner.kind() == PractitionerKind.REGULAR)
                .collect(Collectors.groupingBy(practitioner -> practitioner.municipalityCode().value()));

        assertThat(regular).hasSize(98);
        assertThat(regular.values()).allSatisfy(practices -> {
            assertThat(practices).hasSizeBetween(2, 4);
            assertThat(practices).filteredOn(Practitioner::open).hasSizeGreaterThanOrEqualTo(2);
        });
    }

    @Test
    @DisplayName("about a quarter are closed and full while open ones are below their closing limit")
    void about_a_quarter_are_closed_and_full_while_open_ones_are_below_their_closing_limit() {
        long closed = PRACTITIONERS.stream().filter(practitioner -> !practitioner.open()).count();

        assertThat((double) closed / PRACTITIONERS.size()).isBetween(0.15, 0.35);
        assertThat(PRACTITIONERS).allSatisfy(practitioner -> {
            assertThat(practitioner.capacity()).isBetween(practitioner.kind().isSpecial() ? 100 : 1200, 3000);
            assertThat(practitioner.closingLimit()).isLessThanOrEqualTo(practitioner.capacity());
            if (practitioner.open()) {
                assertThat(practitioner.registeredPatients()).isLessThan(practitioner.closingLimit());
            } else {
                assertThat(practitioner.registeredPatients()).isGreaterThanOrEqualTo(practitioner.closingLimit());
            }
        });
    }

    @Test
    @DisplayName("some closed practices are selectively open for one to three postcodes")
    void some_closed_practices_are_selectively_open_for_one_to_three_postcodes() {
        List<Practitioner> selective = PRACTITIONERS.stream()
                .filter(practitioner -> !practitioner.selectivelyOpenPostcodes().isEmpty())
                .toList();

        assertThat(selective).hasSizeGreaterThan(10).allSatisfy(practitioner -> {
            assertThat(practitioner.open()).isFalse();
            assertThat(practitioner.selectivelyOpenPostcodes()).hasSizeBetween(1, 3).allMatch(code -> code.matches("\\d{4}"));
        });
    }

    @Test
    @DisplayName("practices have danish names and an address with coordinates in their municipality")
    void practices_have_danish_names_and_an_address_with_coordinates_in_their_municipality() {
        assertThat(PRACTITIONERS).allSatisfy(practitioner -> {
            assertThat(practitioner.address().municipalityCode()).isEqualTo(practitioner.municipalityCode());
            assertThat(practitioner.address().coordinates()).isNotNull();
        });
        assertThat(PRACTITIONERS).filteredOn(practitioner -> practitioner.kind() == PractitionerKind.REGULAR)
                .extracting(Practitioner::practiceName)
                .allMatch(name -> name.startsWith("Lægehuset ") || name.startsWith("Lægerne ") || name.startsWith("Læge "));
    }

    @Test
    @DisplayName("island and shelter practitioners exist in the expected municipalities")
    void island_and_shelter_practitioners_exist_in_the_expected_municipalities() {
        assertThat(codesOf(PractitionerKind.ISLAND)).containsExactlyInAnyOrder("825", "741", "563", "492", "400");
        assertThat(codesOf(PractitionerKind.SHELTER)).containsExactlyInAnyOrder("101", "751", "461", "851", "147");
        assertThat(PRACTITIONERS).filteredOn(practitioner -> practitioner.kind() == PractitionerKind.ISLAND)
                .allMatch(practitioner -> practitioner.practiceName().startsWith("Bosat på ø uden læge"));
    }

    private static List<String> codesOf(PractitionerKind kind) {
        return PRACTITIONERS.stream()
                .filter(practitioner -> practitioner.kind() == kind)
                .map(practitioner -> practitioner.municipalityCode().value())
                .toList();
    }
}

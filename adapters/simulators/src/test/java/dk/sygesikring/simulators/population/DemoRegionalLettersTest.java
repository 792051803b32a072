package dk.sygesikring.simulators.population;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The letters the regions sent the demo population, as LUNA holds them (what LET-7 looks up). These tests prove the
 * demo data, not the rule: they name no rule ID.
 */
class DemoRegionalLettersTest {

    private static final DemoPopulation POPULATION = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED);
    private static final DemoRegionalLetters LETTERS = POPULATION.regionalLetters();

    @Test
    void the_same_seed_gives_the_same_letters_and_another_seed_others() {
        assertThat(DemoPopulation.generate(DemoPopulation.DEFAULT_SEED).regionalLetters().all()).isEqualTo(LETTERS.all());
        assertThat(DemoPopulation.generate(DemoPopulation.DEFAULT_SEED + 1).regionalLetters().all()).isNotEqualTo(LETTERS.all());
    }

    @Test
    void some_persons_have_none_and_others_several_over_the_years() {
        Map<Cpr, Long> counts = LETTERS.all().stream().collect(Collectors.groupingBy(RegionalLetter::cpr, Collectors.counting()));
        long without = POPULATION.persons().stream().filter(person -> !counts.containsKey(person.cpr())).count();

        assertThat((double) without / POPULATION.persons().size()).isBetween(0.35, 0.6);
        assertThat(counts.values()).contains(1L, 2L, 3L, 4L).allMatch(count -> count <= 4);
        assertThat(LETTERS.all()).extracting(letter -> letter.sentDate().getYear()).contains(2012, 2016, 2020, 2026);
        assertThat(LETTERS.all()).allSatisfy(letter ->
                assertThat(letter.sentDate()).isBetween(LocalDate.of(2012, 1, 1), LocalDate.of(2026, 6, 30)));
    }

    @Test
    void a_letter_comes_from_the_region_the_person_lives_in_after_their_birth_with_its_own_id() {
        assertThat(LETTERS.all()).allSatisfy(letter -> {
            Person person = POPULATION.person(letter.cpr()).orElseThrow();
            assertThat(letter.region()).isEqualTo(Regions.of(person.address().municipalityCode()));
            assertThat(letter.sentDate()).isAfterOrEqualTo(person.birthDate());
        });
        assertThat(LETTERS.all()).extracting(RegionalLetter::letterId).doesNotHaveDuplicates();
    }

    @Test
    void old_letters_have_no_channel_and_a_child_under_15_gets_physical_mail() {
        assertThat(LETTERS.all()).allSatisfy(letter -> {
            if (letter.sentDate().isBefore(LocalDate.of(2016, 1, 1))) {
                assertThat(letter.channel()).isNull();
            } else if (letter.cpr().birthDate().plusYears(15).isAfter(letter.sentDate())) {
                assertThat(letter.channel()).isEqualTo(RegionalLetter.PHYSICAL_MAIL);
            } else {
                assertThat(letter.channel()).isIn(RegionalLetter.DIGITAL_POST, RegionalLetter.PHYSICAL_MAIL);
            }
        });
    }

    @Test
    void the_well_known_persons_have_their_fixed_letters_whatever_the_seed() {
        DemoRegionalLetters other = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED + 7).regionalLetters();
        for (WellKnown.Entry entry : WellKnown.all()) {
            assertThat(other.of(entry.cpr())).isEqualTo(LETTERS.of(entry.cpr()));
        }
        assertThat(LETTERS.of(WellKnown.KBH_MOTHER)).extracting(RegionalLetter::sentDate, RegionalLetter::title, RegionalLetter::channel)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2015, 2, 19), "Bekræftelse af lægevalg", null),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 5, 3), "Din lægepraksis flytter til ny adresse", "DIGITAL_POST"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 10, 6), "Ny læge overtager din lægepraksis", "DIGITAL_POST"));
        assertThat(LETTERS.of(WellKnown.KBH_DAUGHTER_UNDER_15)).singleElement()
                .satisfies(letter -> assertThat(letter.channel()).isEqualTo("PHYSICAL_MAIL"));
        assertThat(LETTERS.of(WellKnown.GUARDIAN)).isEmpty();
        assertThat(LETTERS.of(WellKnown.EMIGRATED)).isEmpty();
        assertThat(LETTERS.of(WellKnown.KBH_MOTHER)).extracting(RegionalLetter::region).containsOnly(Regions.HOVEDSTADEN);
        assertThat(LETTERS.of(WellKnown.KBH_MOTHER).getFirst().letterId())
                .isEqualTo(UUID.nameUUIDFromBytes("LUNA regional letter 2207859902 0 2015-02-19".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void every_municipality_is_in_one_of_the_five_regions() {
        assertThat(Municipalities.all()).extracting(area -> Regions.of(area.code()))
                .containsOnly(Regions.all().toArray(Regions.Region[]::new));
        assertThat(Regions.of(dk.sygesikring.domain.municipality.MunicipalityCode.of("101"))).isEqualTo(Regions.HOVEDSTADEN);
        assertThat(Regions.of(dk.sygesikring.domain.municipality.MunicipalityCode.of("787"))).isEqualTo(Regions.NORDJYLLAND);
        assertThat(Regions.of(dk.sygesikring.domain.municipality.MunicipalityCode.of("751"))).isEqualTo(Regions.MIDTJYLLAND);
        assertThat(Regions.of(dk.sygesikring.domain.municipality.MunicipalityCode.of("461"))).isEqualTo(Regions.SYDDANMARK);
        assertThat(Regions.of(dk.sygesikring.domain.municipality.MunicipalityCode.of("265"))).isEqualTo(Regions.SJAELLAND);
        assertThat(List.of(Regions.all().size())).containsExactly(5);
    }
}

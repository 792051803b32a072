package dk.sygesikring.simulators.population;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.Practitioner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NationalPopulationTest {

    static final NationalPopulation.Preset SMALL = NationalPopulation.Preset.SMALL;

    @Test
    void the_small_preset_streams_every_municipality_with_unique_persons_and_relations_inside_each() {
        Set<Cpr> seen = new HashSet<>();
        List<NationalPopulation.Municipality> municipalities = new ArrayList<>();
        NationalPopulation.persons(SMALL, NationalPopulation.DEFAULT_SEED, municipality -> {
            municipalities.add(municipality);
            municipality.persons().forEach(person -> assertThat(seen.add(person.cpr())).as("unique " + person.cpr()).isTrue());
            Set<Cpr> here = new HashSet<>(municipality.persons().stream().map(Person::cpr).toList());
            municipality.relations().forEach(relation ->
                    assertThat(here).contains(relation.holder(), relation.subject()));
        });
        assertThat(municipalities).hasSize(98);
        assertThat(seen.size()).isBetween(SMALL.persons, SMALL.persons + SMALL.persons / 20);
        assertThat(municipalities.get(0).persons().size()).as("København is the largest")
                .isGreaterThan(municipalities.stream().skip(1).mapToInt(m -> m.persons().size()).max().orElseThrow());
    }

    @Test
    void the_same_seed_makes_the_same_denmark() {
        List<Cpr> first = new ArrayList<>();
        List<Cpr> second = new ArrayList<>();
        NationalPopulation.persons(SMALL, 7L, m -> m.persons().stream().limit(50).forEach(p -> first.add(p.cpr())));
        NationalPopulation.persons(SMALL, 7L, m -> m.persons().stream().limit(50).forEach(p -> second.add(p.cpr())));
        assertThat(second).isEqualTo(first);
        assertThat(NationalPopulation.practitioners(SMALL, 7L)).isEqualTo(NationalPopulation.practitioners(SMALL, 7L));
    }

    @Test
    void practices_are_spread_by_inhabitants_with_a_share_closed_and_some_selectively_open() {
        List<Practitioner> practitioners = NationalPopulation.practitioners(NationalPopulation.Preset.NATIONAL,
                NationalPopulation.DEFAULT_SEED);
        List<Practitioner> regular = practitioners.stream().filter(p -> p.kind() == PractitionerKind.REGULAR).toList();
        assertThat(regular.size()).isBetween(3_400, 3_700);
        assertThat(regular.stream().map(Practitioner::municipalityCode).distinct().count()).isEqualTo(98);
        assertThat(regular.stream().filter(p -> !p.open()).count()).isBetween(regular.size() / 2L, regular.size() * 9L / 10);
        assertThat(regular.stream().filter(p -> !p.selectivelyOpenPostcodes().isEmpty()).count()).isPositive();
        assertThat(regular.stream().filter(p -> p.municipalityCode().value().equals("101")).count())
                .as("København").isGreaterThan(300);
    }
}

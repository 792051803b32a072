package dk.sygesikring.simulators.population;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.practitioner.Practitioner;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A synthetic Denmark at national scale, for benchmarks: the demo population's households (families with custody and
 * guardianship, spouses, address protection, inactive persons, supplementary addresses, care homes) in every
 * municipality in proportion to its inhabitants, and practices in proportion too. Deterministic for a seed, and
 * streamed one municipality at a time, so six million persons never sit in memory at once. The practitioners are
 * made first and alone, so the LUNA simulator can list the same ones without making the persons.
 */
public final class NationalPopulation {

    public static final long DEFAULT_SEED = 20261202L;

    /** How big a Denmark: the whole country, or a small one for quick runs. */
    public enum Preset {
        NATIONAL(6_000_000, 3_500),
        SMALL(60_000, 120);

        public final int persons;
        public final int practitioners;

        Preset(int persons, int practitioners) {
            this.persons = persons;
            this.practitioners = practitioners;
        }
    }

    /** The persons of one municipality and the relations between them. */
    public record Municipality(MunicipalityCode code, List<Person> persons, List<Relation> relations) {
    }

    private NationalPopulation() {
    }

    public static List<Practitioner> practitioners(Preset preset, long seed) {
        Random random = new Random(seed);
        return new PractitionerGenerator(random, new Names(random), new Addresses(random), List.of())
                .generateNational(Municipalities.all(), preset.practitioners);
    }

    /** Every municipality's persons, in order of municipality code, to {@code sink}. */
    public static void persons(Preset preset, long seed, Consumer<Municipality> sink) {
        Random random = new Random(seed ^ 0x5EED_0F_DA_4EL);
        List<MunicipalityArea> areas = Municipalities.all();
        PopulationBuilder population = new PopulationBuilder();
        Names names = new Names(random);
        // København's 600,000 need about 300,000 homes: the demo's streets would run out of numbers
        Addresses addresses = new Addresses(random, Math.max(1, preset.persons / 300_000));
        Residents residents = new Residents(random, names, new CprNumbers(random), population);
        Households households = new Households(random, names, addresses, residents, population, areas);
        int totalInhabitants = areas.stream().mapToInt(MunicipalityArea::inhabitants).sum();
        for (MunicipalityArea area : areas) {
            int target = Math.max(10, (int) Math.round((double) area.inhabitants() * preset.persons / totalInhabitants));
            int made = 0;
            // a care home with more than 20 residents (PER-5) in every large city
            if (area.inhabitants() >= 200_000) {
                made += households.careHome(addresses.newHouse(area), 21 + random.nextInt(6)).size();
            }
            while (made < target) {
                int before = population.size();
                households.any(area);
                made += population.size() - before;
            }
            PopulationBuilder.Batch batch = population.drain();
            sink.accept(new Municipality(area.code(), batch.persons(), batch.relations()));
        }
    }
}

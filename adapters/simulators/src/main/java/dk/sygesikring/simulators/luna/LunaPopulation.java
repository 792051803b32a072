package dk.sygesikring.simulators.luna;

import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.simulators.population.DemoPopulation;
import dk.sygesikring.simulators.population.NationalPopulation;
import dk.sygesikring.simulators.population.PhysicalCardOptOut;
import dk.sygesikring.simulators.population.RegionalLetter;
import dk.sygesikring.simulators.population.Registration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What the LUNA simulator starts from: the practitioners it lists, the registrations it holds before it receives any,
 * and the physical-card opt-outs. Only what LUNA needs, so that it can serve the demo population or the national one
 * (whose persons it never needs to make).
 *
 * @param name                 what the population is, for the log, e.g. "demo (seed 20261122)"
 * @param registrations        the initial registrations, any order; empty when LUNA starts knowing no person
 * @param physicalCardOptOuts  at most one per person
 * @param regionalLetters      the letters the regions sent the persons (LET-7), any order
 */
public record LunaPopulation(String name, List<Practitioner> practitioners, List<Registration> registrations,
                             List<PhysicalCardOptOut> physicalCardOptOuts, List<RegionalLetter> regionalLetters) {

    public LunaPopulation {
        Objects.requireNonNull(name, "name");
        practitioners = List.copyOf(practitioners);
        registrations = List.copyOf(registrations);
        physicalCardOptOuts = List.copyOf(physicalCardOptOuts);
        regionalLetters = List.copyOf(regionalLetters);
    }

    /** The demo population's practitioners, registrations, opt-outs and regional letters, as LUNA holds them for the demo. */
    public static LunaPopulation of(DemoPopulation population) {
        return new LunaPopulation("demo (seed " + population.seed() + ")", population.practitioners(),
                population.registrations().all(), population.registrations().physicalCardOptOuts(),
                population.regionalLetters().all());
    }

    /**
     * The practitioners of the national dataset ({@link NationalPopulation#practitioners}, the same ones the benchmarks'
     * loader puts in the service's database) and no registrations, opt-outs or regional letters: holding millions of registrations in the
     * simulator's memory is not wanted, so a person's history is what LUNA received since it started.
     */
    public static LunaPopulation national(NationalPopulation.Preset preset, long seed) {
        return new LunaPopulation(preset.name().toLowerCase(Locale.ROOT) + " (seed " + seed + ")",
                NationalPopulation.practitioners(preset, seed), List.of(), List.of(), List.of());
    }
}

package dk.sygesikring.simulators.population;

import dk.sygesikring.domain.municipality.Municipality;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A synthetic Danish population of about 4,000 persons in households spread over all 98 municipalities,
 * with their CPR relations and about 300 practitioners. The same seed always gives exactly the same
 * population: everything is drawn in a fixed order from one {@link Random}, whose algorithm the Java
 * specification fixes, and nothing depends on the clock or on hash ordering. The {@link WellKnown}
 * persons are placed at fixed addresses in every population, whatever the seed.
 */
public final class DemoPopulation {

    public static final long DEFAULT_SEED = 20261122L;

    /**
     * The day ages are planned against: a child generated under 18 is under 18 on this day (and has custody
     * relations); an adult child at home is 18 or over. Birth dates themselves are fixed, so ages move on with time.
     */
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 22);

    /** Persons to aim for, shared out by inhabitants; the household structure adds a few percent. */
    private static final int TARGET_PERSONS = 3_850;
    /** Even the smallest island has a handful of households. */
    private static final int MINIMUM_PERSONS_PER_MUNICIPALITY = 10;
    /** The largest cities get a care home with more than 20 residents (PER-5)... */
    private static final int CARE_HOME_CITY_INHABITANTS = 200_000;
    /** ...except København, where the well-known one is. */
    private static final String WELL_KNOWN_CARE_HOME_MUNICIPALITY = "101";

    private final long seed;
    private final List<Person> persons;
    private final List<Relation> relations;
    private final List<Practitioner> practitioners;
    private final Map<Cpr, Person> personsByCpr;
    private final Map<Cpr, List<Relation>> relationsByCpr;
    private final Map<String, List<Person>> activeResidentsByAddressId;
    private DemoRegistrations registrations;
    private DemoRegionalLetters regionalLetters;

    private DemoPopulation(long seed, List<Person> persons, List<Relation> relations, List<Practitioner> practitioners) {
        this.seed = seed;
        this.persons = List.copyOf(persons);
        this.relations = List.copyOf(relations);
        this.practitioners = List.copyOf(practitioners);
        this.personsByCpr = persons.stream().collect(Collectors.toUnmodifiableMap(Person::cpr, Function.identity()));
        Map<Cpr, List<Relation>> byCpr = new LinkedHashMap<>();
        for (Relation relation : relations) {
            byCpr.computeIfAbsent(relation.holder(), cpr -> new ArrayList<>()).add(relation);
            byCpr.computeIfAbsent(relation.subject(), cpr -> new ArrayList<>()).add(relation);
        }
        this.relationsByCpr = byCpr;
        this.activeResidentsByAddressId = persons.stream()
                .filter(Person::isActive)
                .collect(Collectors.groupingBy(person -> person.address().addressId(), LinkedHashMap::new, Collectors.toList()));
    }

    public static DemoPopulation generate(long seed) {
        Random random = new Random(seed);
        List<MunicipalityArea> areas = Municipalities.all();
        PopulationBuilder population = new PopulationBuilder();
        Names names = new Names(random);
        Addresses addresses = new Addresses(random);
        Residents residents = new Residents(random, names, new CprNumbers(random), population);
        Households households = new Households(random, names, addresses, residents, population, areas);

        WellKnownPlacement wellKnown = new WellKnownPlacement(residents, addresses, households, population);
        wellKnown.place();
        List<Practitioner> wellKnownPractices = wellKnown.practices();
        int totalInhabitants = areas.stream().mapToInt(MunicipalityArea::inhabitants).sum();
        for (MunicipalityArea area : areas) {
            int target = Math.max(MINIMUM_PERSONS_PER_MUNICIPALITY,
                    (int) Math.round((double) area.inhabitants() * TARGET_PERSONS / totalInhabitants));
            int made = 0;
            if (area.inhabitants() >= CARE_HOME_CITY_INHABITANTS && !area.code().value().equals(WELL_KNOWN_CARE_HOME_MUNICIPALITY)) {
                made += households.careHome(addresses.newHouse(area), 21 + random.nextInt(6)).size();
            }
            while (made < target) {
                int before = population.size();
                households.any(area);
                made += population.size() - before;
            }
        }
        List<Practitioner> practitioners = new PractitionerGenerator(random, names, addresses, wellKnownPractices)
                .generate(areas);
        return new DemoPopulation(seed, population.persons(), population.relations(), practitioners);
    }

    public long seed() {
        return seed;
    }

    /** Everyone, in the order generated. */
    public List<Person> persons() {
        return persons;
    }

    public List<Relation> relations() {
        return relations;
    }

    public List<Practitioner> practitioners() {
        return practitioners;
    }

    public List<Municipality> municipalities() {
        return Municipalities.all().stream().map(MunicipalityArea::municipality).toList();
    }

    public Optional<Person> person(Cpr cpr) {
        return Optional.ofNullable(personsByCpr.get(cpr));
    }

    /** Every relation the person is holder or subject of. */
    public List<Relation> relationsOf(Cpr cpr) {
        return List.copyOf(relationsByCpr.getOrDefault(cpr, List.of()));
    }

    /** Everyone registered at the address: active persons only, as inactive ones have left it (PER-3, PER-5). */
    public List<Person> residentsAt(String addressId) {
        return List.copyOf(activeResidentsByAddressId.getOrDefault(addressId, List.of()));
    }

    public Optional<Practitioner> practitioner(ProviderNumber providerNumber) {
        return practitioners.stream().filter(p -> p.providerNumber().equals(providerNumber)).findFirst();
    }

    /** What LUNA holds for this population to begin with; drawn on first use, the same for the same seed. */
    public synchronized DemoRegistrations registrations() {
        if (registrations == null) {
            registrations = DemoRegistrations.generate(this);
        }
        return registrations;
    }

    /** The letters the regions sent the persons, as LUNA holds them (LET-7); drawn on first use, the same for the same seed. */
    public synchronized DemoRegionalLetters regionalLetters() {
        if (regionalLetters == null) {
            regionalLetters = DemoRegionalLetters.generate(this);
        }
        return regionalLetters;
    }
}

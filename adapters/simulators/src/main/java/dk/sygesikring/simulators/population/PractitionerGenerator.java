package dk.sygesikring.simulators.population;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Generates the practitioners (ydere, DOC-1): two to four general practices per municipality, of which the
 * first two are always open and the others mostly closed, some of those selectively open for a few postcodes;
 * plus the special practitioners for islands without a doctor and for homeless shelters. A well-known practice
 * (always open) is the first practice of its municipality.
 */
final class PractitionerGenerator {

    /** Islands without a doctor of their own ("Bosat på ø uden læge"). */
    static final List<String> ISLAND_MUNICIPALITIES = List.of("825", "741", "563", "492", "400");
    /** Municipalities with a doctor attached to a homeless shelter (group 6). */
    static final List<String> SHELTER_MUNICIPALITIES = List.of("101", "751", "461", "851", "147");

    private static final int ALWAYS_OPEN_PER_MUNICIPALITY = 2;
    private static final int CLOSED_PERCENT_OF_THE_OTHERS = 75;
    private static final int SELECTIVELY_OPEN_PERCENT_OF_CLOSED = 40;
    private static final int LARGE_MUNICIPALITY = 60_000;

    private final Random random;
    private final Names names;
    private final Addresses addresses;
    private final Map<MunicipalityCode, Practitioner> wellKnown;
    private final Set<ProviderNumber> issued = new HashSet<>();

    PractitionerGenerator(Random random, Names names, Addresses addresses, List<Practitioner> wellKnown) {
        this.random = random;
        this.names = names;
        this.addresses = addresses;
        this.wellKnown = wellKnown.stream().collect(Collectors.toMap(Practitioner::municipalityCode, Function.identity()));
        wellKnown.forEach(practice -> issued.add(practice.providerNumber()));
    }

    List<Practitioner> generate(List<MunicipalityArea> areas) {
        List<Practitioner> practitioners = new ArrayList<>();
        for (MunicipalityArea area : areas) {
            int practices = Math.min(4, between(2, 4) + (area.inhabitants() >= LARGE_MUNICIPALITY ? 1 : 0));
            Set<String> practiceNames = new HashSet<>();
            Practitioner first = wellKnown.get(area.code());
            if (first != null) {
                practitioners.add(first);
                practiceNames.add(first.practiceName());
            }
            for (int i = first == null ? 0 : 1; i < practices; i++) {
                boolean open = i < ALWAYS_OPEN_PER_MUNICIPALITY || random.nextInt(100) >= CLOSED_PERCENT_OF_THE_OTHERS;
                practitioners.add(regular(area, areas, open, practiceNames));
            }
        }
        for (String code : ISLAND_MUNICIPALITIES) {
            MunicipalityArea area = Municipalities.byCode(code);
            practitioners.add(special(area, PractitionerKind.ISLAND, "Bosat på ø uden læge (" + area.name() + ")", 600));
        }
        for (String code : SHELTER_MUNICIPALITIES) {
            MunicipalityArea area = Municipalities.byCode(code);
            practitioners.add(special(area, PractitionerKind.SHELTER, "Herbergslægen " + area.name(), 400));
        }
        return List.copyOf(practitioners);
    }

    /**
     * About {@code total} practices over the country, in proportion to the municipalities' inhabitants (at least one
     * each: dense in cities, sparse on islands), closed and selectively open as in the demo, and the same special ones.
     */
    List<Practitioner> generateNational(List<MunicipalityArea> areas, int total) {
        int inhabitants = areas.stream().mapToInt(MunicipalityArea::inhabitants).sum();
        List<Practitioner> practitioners = new ArrayList<>();
        for (MunicipalityArea area : areas) {
            int practices = Math.max(1, (int) Math.round((double) area.inhabitants() * total / inhabitants));
            Set<String> practiceNames = new HashSet<>();
            for (int i = 0; i < practices; i++) {
                boolean open = i < ALWAYS_OPEN_PER_MUNICIPALITY || random.nextInt(100) >= CLOSED_PERCENT_OF_THE_OTHERS;
                practitioners.add(regular(area, areas, open, practiceNames));
            }
        }
        for (String code : ISLAND_MUNICIPALITIES) {
            MunicipalityArea area = Municipalities.byCode(code);
            practitioners.add(special(area, PractitionerKind.ISLAND, "Bosat på ø uden læge (" + area.name() + ")", 600));
        }
        for (String code : SHELTER_MUNICIPALITIES) {
            MunicipalityArea area = Municipalities.byCode(code);
            practitioners.add(special(area, PractitionerKind.SHELTER, "Herbergslægen " + area.name(), 400));
        }
        return List.copyOf(practitioners);
    }

    private Practitioner regular(MunicipalityArea area, List<MunicipalityArea> areas, boolean open,
                                 Set<String> namesInMunicipality) {
        Address address = addresses.newHome(area);
        int capacity = 1200 + 50 * random.nextInt(37);
        int closingLimit = capacity - 50 * random.nextInt(7);
        // a closed practice has reached its closing limit; an open one is below it
        int registered = open
                ? closingLimit / 2 + random.nextInt(closingLimit / 2)
                : closingLimit + random.nextInt(capacity - closingLimit + 1);
        Set<String> selectivelyOpen = !open && random.nextInt(100) < SELECTIVELY_OPEN_PERCENT_OF_CLOSED
                ? nearbyPostcodes(area, areas, between(1, 3))
                : Set.of();
        return new Practitioner(newProviderNumber(), practiceName(address, namesInMunicipality), address, area.code(),
                PractitionerKind.REGULAR, open, capacity, closingLimit, registered, selectivelyOpen);
    }

    private Practitioner special(MunicipalityArea area, PractitionerKind kind, String name, int capacity) {
        Address address = addresses.newHouse(area);
        return new Practitioner(newProviderNumber(), name, address, area.code(), kind, true,
                capacity, capacity, random.nextInt(capacity / 4), Set.of());
    }

    /** "Lægehuset Kirkevej", "Lægerne Ringe" or "Læge Hanne Holm"; never the same name twice in a municipality. */
    private String practiceName(Address address, Set<String> namesInMunicipality) {
        while (true) {
            String name = switch (random.nextInt(3)) {
                case 0 -> "Lægehuset " + address.street();
                case 1 -> "Lægerne " + address.city();
                default -> {
                    Gender gender = random.nextBoolean() ? Gender.FEMALE : Gender.MALE;
                    yield "Læge " + names.firstName(gender, 1960 + random.nextInt(35)) + " " + names.lastName();
                }
            };
            if (namesInMunicipality.add(name)) {
                return name;
            }
        }
    }

    /** Drawn from the municipality's own postcodes and the main postcodes of its three nearest neighbours. */
    private Set<String> nearbyPostcodes(MunicipalityArea area, List<MunicipalityArea> areas, int count) {
        List<String> candidates = new ArrayList<>(area.postalDistricts().stream().map(PostalDistrict::postcode).toList());
        areas.stream()
                .filter(other -> !other.equals(area))
                .sorted(Comparator.comparingDouble((MunicipalityArea other) -> other.centre().kilometresTo(area.centre()))
                        .thenComparing(other -> other.code().value()))
                .limit(3)
                .forEach(neighbour -> candidates.add(neighbour.mainPostalDistrict().postcode()));
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(count, candidates.size())) {
            chosen.add(candidates.get(random.nextInt(candidates.size())));
        }
        return chosen;
    }

    private ProviderNumber newProviderNumber() {
        while (true) {
            ProviderNumber candidate = ProviderNumber.of("%06d".formatted(10_000 + random.nextInt(990_000)));
            if (issued.add(candidate)) {
                return candidate;
            }
        }
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}

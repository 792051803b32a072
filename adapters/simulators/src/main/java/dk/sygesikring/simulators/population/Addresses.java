package dk.sygesikring.simulators.population;

import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Makes plausible Danish addresses, each one new: no two households share an address by accident.
 * The address id is a name-based UUID of the address itself, so the same address always gets the same id.
 */
final class Addresses {

    private static final List<String> STREETS = List.of(
            "Nørregade", "Østergade", "Vestergade", "Søndergade", "Kirkevej", "Skolevej", "Stationsvej",
            "Møllevej", "Bøgevej", "Egevej", "Birkevej", "Lindevej", "Rosenvænget", "Hybenvej", "Engvej",
            "Mosevej", "Skovvej", "Strandvej", "Havnegade", "Torvegade", "Ahornvej", "Kastanievej", "Åvej",
            "Præstevænget", "Violvej", "Syrenvej", "Kløvervej", "Valmuevej", "Tjørnevej", "Fasanvej",
            "Lærkevej", "Bakkevej", "Højvangen", "Smedegade", "Algade", "Jernbanegade", "Parkvej",
            "Grønnegade", "Kongensgade", "Dronningensgade", "Slotsgade", "Adelgade", "Fælledvej", "Søvej",
            "Nygade", "Østre Allé", "Vestre Allé", "Kildevej", "Mejerivej", "Bygaden", "Teglværksvej",
            "Gartnervej", "Rådhusstræde", "Bøgebakken", "Solbærvej", "Æblehaven", "Pilevej", "Fyrrevej");
    private static final List<String> FLOORS = List.of("st", "1", "2", "3", "4", "5");
    private static final List<String> DOORS = List.of("th", "tv", "mf");
    private static final double KM_PER_DEGREE_LATITUDE = 111.32;

    private final Random random;
    private final Set<String> issuedIds = new HashSet<>();
    /** How many times the demo's house numbers a street has: a national population needs longer streets. */
    private final int streetLength;

    Addresses(Random random) {
        this(random, 1);
    }

    Addresses(Random random, int streetLength) {
        this.random = random;
        this.streetLength = streetLength;
    }

    /** A new home in the municipality: in towns mostly a flat, elsewhere mostly a house. */
    Address newHome(MunicipalityArea area) {
        return random.nextInt(100) < (area.isUrban() ? 75 : 20) ? newFlat(area) : newHouse(area);
    }

    Address newHouse(MunicipalityArea area) {
        return newAddress(area, false);
    }

    Address newFlat(MunicipalityArea area) {
        return newAddress(area, true);
    }

    /** A hand-placed address at a fixed position, for the well-known persons. */
    Address fixed(MunicipalityArea area, PostalDistrict district, String street, String houseNumber,
                  String floor, String door, Coordinates coordinates) {
        Address address = build(area, district, street, houseNumber, floor, door, coordinates);
        if (!issuedIds.add(address.addressId())) {
            throw new IllegalStateException("address placed twice: " + address.display());
        }
        return address;
    }

    private Address newAddress(MunicipalityArea area, boolean flat) {
        while (true) {
            List<PostalDistrict> districts = area.postalDistricts();
            PostalDistrict district = districts.get(random.nextInt(districts.size()));
            String street = STREETS.get(random.nextInt(STREETS.size()));
            String houseNumber = Integer.toString(1 + random.nextInt((flat ? 80 : 140) * streetLength))
                    + (random.nextInt(12) == 0 ? "A" : "");
            String floor = flat ? FLOORS.get(random.nextInt(FLOORS.size())) : null;
            String door = flat ? DOORS.get(random.nextInt(DOORS.size())) : null;
            Address address = build(area, district, street, houseNumber, floor, door, scatter(area));
            if (issuedIds.add(address.addressId())) {
                return address;
            }
        }
    }

    private Address build(MunicipalityArea area, PostalDistrict district, String street, String houseNumber,
                          String floor, String door, Coordinates coordinates) {
        String code = area.code().value();
        String roadCode = roadCode(code, street);
        // the id is derived from the address as letters write it, so it does not depend on generation order
        String line = new Address(street, houseNumber, floor, door, district.postcode(), district.city(),
                roadCode, area.code(), "", coordinates).display();
        String addressId = UUID.nameUUIDFromBytes((code + " " + line).getBytes(StandardCharsets.UTF_8)).toString();
        return new Address(street, houseNumber, floor, door, district.postcode(), district.city(),
                roadCode, area.code(), addressId, coordinates);
    }

    /**
     * A vejkode: fixed per street within a municipality and different for each street there,
     * kept between 0100 and 9099, clear of the high road codes (99xx) that CPR uses for special cases.
     */
    static String roadCode(String municipalityCode, String street) {
        int streetNumber = STREETS.indexOf(street);
        if (streetNumber < 0) {
            throw new IllegalArgumentException("not one of the demo streets: " + street);
        }
        return "%04d".formatted(100 + Math.floorMod(Integer.parseInt(municipalityCode) * 7 + streetNumber * 37, 9000));
    }

    /** A point spread evenly over the disc of the municipality's radius around the main town. */
    private Coordinates scatter(MunicipalityArea area) {
        double distanceKm = area.radiusKm() * Math.sqrt(random.nextDouble());
        double bearing = 2 * Math.PI * random.nextDouble();
        double latitude = area.centre().latitude() + distanceKm * Math.cos(bearing) / KM_PER_DEGREE_LATITUDE;
        double longitude = area.centre().longitude() + distanceKm * Math.sin(bearing)
                / (KM_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(area.centre().latitude())));
        return new Coordinates(round6(latitude), round6(longitude));
    }

    private static double round6(double degrees) {
        return Math.round(degrees * 1_000_000) / 1_000_000.0;
    }
}

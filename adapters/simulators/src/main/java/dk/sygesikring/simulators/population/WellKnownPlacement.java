package dk.sygesikring.simulators.population;

import static dk.sygesikring.domain.person.CivilStatus.DIVORCED;
import static dk.sygesikring.domain.person.CivilStatus.MARRIED;
import static dk.sygesikring.domain.person.CivilStatus.UNMARRIED;
import static dk.sygesikring.domain.person.CivilStatus.WIDOWED;
import static dk.sygesikring.domain.person.CprStatus.ACTIVE;
import static dk.sygesikring.domain.person.CprStatus.INACTIVE;
import static dk.sygesikring.simulators.population.WellKnown.*;

import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Puts the {@link WellKnown} persons into a population, and makes the well-known practices, at fixed addresses
 * before anything random is made.
 */
final class WellKnownPlacement {

    private final Residents residents;
    private final Addresses addresses;
    private final Households households;
    private final PopulationBuilder population;

    WellKnownPlacement(Residents residents, Addresses addresses, Households households, PopulationBuilder population) {
        this.residents = residents;
        this.addresses = addresses;
        this.households = households;
        this.population = population;
    }

    void place() {
        copenhagenFamily();
        protectedMotherAndChild();
        emigrated();
        supplementaryAddress();
        guardianship();
        careHome();
        divorcedParents();
    }

    /** The well-known practices, open and below their closing limit, each the first practice of its municipality. */
    List<Practitioner> practices() {
        return List.of(
                practice(KBH_PRACTICE, address("101", "2200", "Kastanievej", "2", "st", null, 55.6958, 12.5449),
                        2200, 2000, 1650),
                practice(FREDERIKSBERG_PRACTICE, address("147", "2000", "Algade", "30", "1", null, 55.6785, 12.5320),
                        1800, 1700, 1200),
                practice(AARHUS_PRACTICE, address("751", "8200", "Skolevej", "12", null, null, 56.1790, 10.1920),
                        2400, 2300, 1900),
                practice(RUDERSDAL_PRACTICE, address("230", "2840", "Kirkevej", "9", null, null, 55.8140, 12.4720),
                        1600, 1500, 1100));
    }

    private void copenhagenFamily() {
        Home home = home("101", "2200", "Kastanievej", "14", "2", "tv", 55.6961, 12.5452);
        place(KBH_FATHER, ACTIVE, MARRIED, home);
        place(KBH_MOTHER, ACTIVE, MARRIED, home);
        place(KBH_DAUGHTER_UNDER_15, ACTIVE, UNMARRIED, home);
        place(KBH_SON_UNDER_15, ACTIVE, UNMARRIED, home);
        place(KBH_SON_19_AT_HOME, ACTIVE, UNMARRIED, home);
        population.relate(Relation.spouses(KBH_FATHER, KBH_MOTHER));
        for (Cpr child : new Cpr[] {KBH_DAUGHTER_UNDER_15, KBH_SON_UNDER_15}) {
            population.relate(Relation.custody(KBH_FATHER, child));
            population.relate(Relation.custody(KBH_MOTHER, child));
        }
    }

    private void protectedMotherAndChild() {
        Home home = home("751", "8200", "Lindevej", "5", null, null, 56.1802, 10.1897).withProtectedResidents();
        place(PROTECTED_MOTHER, ACTIVE, UNMARRIED, home);
        place(PROTECTED_CHILD, ACTIVE, UNMARRIED, home);
        population.relate(Relation.custody(PROTECTED_MOTHER, PROTECTED_CHILD));
    }

    private void emigrated() {
        place(EMIGRATED, INACTIVE, DIVORCED, home("461", "5000", "Nørregade", "30", "2", "th", 55.3991, 10.3902));
    }

    private void supplementaryAddress() {
        Home home = home("851", "9000", "Vestergade", "8", "1", "tv", 57.0479, 9.9151);
        residents.fixed(SUPPLEMENTARY_ADDRESS, nameOf(SUPPLEMENTARY_ADDRESS), ACTIVE, UNMARRIED, home,
                Residents.ADDRESSES_ABROAD.getFirst());
    }

    private void guardianship() {
        place(UNDER_GUARDIANSHIP, ACTIVE, UNMARRIED, home("101", "2400", "Fasanvej", "41", "1", "th", 55.7031, 12.5248));
        place(GUARDIAN, ACTIVE, WIDOWED, home("230", "2840", "Bøgebakken", "7", null, null, 55.8151, 12.4702));
        population.relate(Relation.guardianship(GUARDIAN, UNDER_GUARDIANSHIP));
    }

    private void careHome() {
        Home home = home("101", "2300", "Præstevænget", "3", null, null, 55.6622, 12.6003);
        place(CARE_HOME_RESIDENT, ACTIVE, WIDOWED, home);
        households.careHome(home.address(), CARE_HOME_RESIDENTS - 1);
    }

    private void divorcedParents() {
        place(DIVORCED_FATHER, ACTIVE, DIVORCED, home("101", "2500", "Søvej", "22", "3", "mf", 55.6619, 12.5148));
        Home motherHome = home("147", "2000", "Algade", "17", "4", "tv", 55.6791, 12.5302);
        place(DIVORCED_MOTHER, ACTIVE, DIVORCED, motherHome);
        place(CHILD_OF_DIVORCED_PARENTS, ACTIVE, UNMARRIED, motherHome);
        population.relate(Relation.custody(DIVORCED_FATHER, CHILD_OF_DIVORCED_PARENTS));
        population.relate(Relation.custody(DIVORCED_MOTHER, CHILD_OF_DIVORCED_PARENTS));
    }

    private void place(Cpr cpr, CprStatus status, CivilStatus civilStatus, Home home) {
        residents.fixed(cpr, nameOf(cpr), status, civilStatus, home, null);
    }

    private static Practitioner practice(ProviderNumber providerNumber, Address address, int capacity, int closingLimit,
                                         int registeredPatients) {
        String name = WellKnown.practices().stream()
                .filter(practice -> practice.providerNumber().equals(providerNumber))
                .findFirst()
                .orElseThrow()
                .name();
        return new Practitioner(providerNumber, name, address, address.municipalityCode(), PractitionerKind.REGULAR, true,
                capacity, closingLimit, registeredPatients, Set.of());
    }

    private Home home(String municipalityCode, String postcode, String street, String houseNumber,
                      String floor, String door, double latitude, double longitude) {
        return new Home(address(municipalityCode, postcode, street, houseNumber, floor, door, latitude, longitude), false);
    }

    private Address address(String municipalityCode, String postcode, String street, String houseNumber,
                            String floor, String door, double latitude, double longitude) {
        MunicipalityArea area = Municipalities.byCode(municipalityCode);
        PostalDistrict district = area.postalDistricts().stream()
                .filter(candidate -> candidate.postcode().equals(postcode))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException(postcode + " is not in " + area.name()));
        return addresses.fixed(area, district, street, houseNumber, floor, door, new Coordinates(latitude, longitude));
    }

    private static String nameOf(Cpr cpr) {
        return WellKnown.all().stream()
                .filter(entry -> entry.cpr().equals(cpr))
                .findFirst()
                .orElseThrow()
                .name();
    }
}

package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.time.LocalDate;
import java.util.Set;

/**
 * Builders for the doctor-choice tests. "Today" is 22 November 2026; the person lives in Thisted (7700), and
 * practices are placed a given number of kilometres due north of that address, where the great-circle distance
 * is exactly the arc along the meridian.
 */
final class DoctorChoiceFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final MunicipalityCode THISTED = MunicipalityCode.of("787");
    static final Coordinates HOME_POSITION = new Coordinates(56.9552, 8.6946);
    static final Address HOME = address("home", "7700", HOME_POSITION);
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private DoctorChoiceFixtures() {
    }

    static Coordinates kilometresNorthOfHome(double kilometres) {
        return new Coordinates(HOME_POSITION.latitude() + Math.toDegrees(kilometres / EARTH_RADIUS_KM), HOME_POSITION.longitude());
    }

    static Address address(String addressId, String postcode, Coordinates coordinates) {
        return new Address("Storegade", "1", null, null, postcode, "Thisted", "0001", THISTED, addressId, coordinates);
    }

    /** A person born on {@code born}, told apart by {@code serial} (0-99). */
    static Person person(LocalDate born, int serial, CivilStatus civilStatus, Address address) {
        char century = born.getYear() >= 2000 ? '4' : '1';
        String cpr = String.format("%02d%02d%02d%c%02d%d", born.getDayOfMonth(), born.getMonthValue(), born.getYear() % 100,
                century, serial, 1);
        return new Person(Cpr.of(cpr), "Person " + serial, CprStatus.ACTIVE, civilStatus, address, false, null);
    }

    /** Someone {@code age} years and a month old today. */
    static Person aged(int age, int serial, CivilStatus civilStatus, Address address) {
        return person(TODAY.minusYears(age).minusMonths(1), serial, civilStatus, address);
    }

    static Person inactive(Person person) {
        return new Person(person.cpr(), person.name(), CprStatus.INACTIVE, person.civilStatus(), person.address(), false, null);
    }

    static Person nameAndAddressProtected(Person person) {
        return new Person(person.cpr(), person.name(), person.status(), person.civilStatus(), person.address(), true, null);
    }

    static Person livingAt(Person person, Address address) {
        return new Person(person.cpr(), person.name(), person.status(), person.civilStatus(), address,
                person.nameAndAddressProtected(), null);
    }

    /** An ordinary practice with room: capacity 1600, closing limit 1500, 1000 patients. */
    static Practitioner practice(String providerNumber, double kilometresNorth, boolean open) {
        return new Practitioner(ProviderNumber.of(providerNumber), "Lægerne " + providerNumber,
                address("practice-" + providerNumber, "7700", kilometresNorthOfHome(kilometresNorth)), THISTED,
                PractitionerKind.REGULAR, open, 1600, 1500, 1000, Set.of());
    }

    static Practitioner withNumbers(Practitioner p, int capacity, int closingLimit, int registeredPatients) {
        return new Practitioner(p.providerNumber(), p.practiceName(), p.address(), p.municipalityCode(), p.kind(), p.open(),
                capacity, closingLimit, registeredPatients, p.selectivelyOpenPostcodes());
    }

    static Practitioner selectivelyOpenFor(Practitioner p, String... postcodes) {
        return new Practitioner(p.providerNumber(), p.practiceName(), p.address(), p.municipalityCode(), p.kind(), p.open(),
                p.capacity(), p.closingLimit(), p.registeredPatients(), Set.of(postcodes));
    }

    static Practitioner ofKind(Practitioner p, PractitionerKind kind) {
        return new Practitioner(p.providerNumber(), p.practiceName(), p.address(), p.municipalityCode(), kind, p.open(),
                p.capacity(), p.closingLimit(), p.registeredPatients(), p.selectivelyOpenPostcodes());
    }

    static Practitioner withoutCoordinates(Practitioner p) {
        Address a = p.address();
        Address noPosition = new Address(a.street(), a.houseNumber(), a.floor(), a.door(), a.postcode(), a.city(), a.roadCode(),
                a.municipalityCode(), a.addressId(), null);
        return new Practitioner(p.providerNumber(), p.practiceName(), noPosition, p.municipalityCode(), p.kind(), p.open(),
                p.capacity(), p.closingLimit(), p.registeredPatients(), p.selectivelyOpenPostcodes());
    }
}

package dk.sygesikring.application.fakes;

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
import java.util.Set;

/** Persons, addresses and practices for use-case tests: each test makes the ones it needs. */
public final class TestData {

    /** Thisted, and a spot in its town centre. */
    public static final MunicipalityCode THISTED = MunicipalityCode.of("787");
    public static final Coordinates THISTED_CENTRE = new Coordinates(56.9552, 8.6946);

    private TestData() {
    }

    public static Address addressIn(MunicipalityCode municipality, String postcode, Coordinates at, String addressId) {
        return new Address("Storegade", "1", null, null, postcode, "Thisted", "0100", municipality, addressId, at);
    }

    public static Person livingAt(String cpr, Address address) {
        return new Person(Cpr.of(cpr), "Test " + cpr, CprStatus.ACTIVE, CivilStatus.UNMARRIED, address, false, null);
    }

    /** A person who has left Denmark (e.g. for Greenland): inactive in CPR, with no address shown. */
    public static Person abroad(String cpr) {
        return new Person(Cpr.of(cpr), "Test " + cpr, CprStatus.INACTIVE, CivilStatus.UNMARRIED, null, false, null);
    }

    /** An open practice with room for many: any person near it may choose it (DOC-2). */
    public static Practitioner openPractice(String providerNumber, Coordinates at) {
        return new Practitioner(ProviderNumber.of(providerNumber), "Lægerne " + providerNumber,
                addressIn(THISTED, "7700", at, "practice-" + providerNumber), THISTED, PractitionerKind.REGULAR,
                true, 2000, 1800, 1000, Set.of());
    }
}

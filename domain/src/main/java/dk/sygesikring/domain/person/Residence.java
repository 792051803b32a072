package dk.sygesikring.domain.person;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.municipality.MunicipalityCode;

/**
 * Where a person lives, as a given reader may see it.
 * PER-2: name-and-address protection hides the address from everyone but the person themselves.
 * PER-3: a person inactive in CPR has "Ingen kendt dansk adresse"; the last known address is not shown.
 * PER-4: a supplementary address registered in CPR is flagged.
 */
public sealed interface Residence {

    String PROTECTED_TEXT = "Navne- og adressebeskyttet";
    String NO_KNOWN_DANISH_ADDRESS_TEXT = "Ingen kendt dansk adresse";

    boolean hasSupplementaryAddress();

    /** The text to show in place of, or as, the address. */
    String display();

    record Shown(Address address, boolean hasSupplementaryAddress) implements Residence {
        @Override
        public String display() {
            return address.display();
        }
    }

    record Protected(MunicipalityCode municipalityCode, boolean hasSupplementaryAddress) implements Residence {
        @Override
        public String display() {
            return PROTECTED_TEXT;
        }
    }

    record NoKnownDanishAddress(boolean hasSupplementaryAddress) implements Residence {
        @Override
        public String display() {
            return NO_KNOWN_DANISH_ADDRESS_TEXT;
        }
    }

    static Residence of(Person person, Actor reader) {
        if (!person.isActive()) {
            return new NoKnownDanishAddress(person.hasSupplementaryAddress());
        }
        boolean readerIsThePerson = reader instanceof Citizen citizen && citizen.cpr().equals(person.cpr());
        if (person.nameAndAddressProtected() && !readerIsThePerson) {
            return new Protected(person.address().municipalityCode(), person.hasSupplementaryAddress());
        }
        return new Shown(person.address(), person.hasSupplementaryAddress());
    }
}

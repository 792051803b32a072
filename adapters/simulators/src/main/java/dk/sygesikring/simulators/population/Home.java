package dk.sygesikring.simulators.population;

import dk.sygesikring.domain.person.Address;

/**
 * A household's home while it is filled: everyone in it shares the one Address instance.
 * Protection (navne- og adressebeskyttelse) is decided per household, as families are usually protected together.
 */
record Home(Address address, boolean protectedResidents) {

    Home withProtectedResidents() {
        return new Home(address, true);
    }
}

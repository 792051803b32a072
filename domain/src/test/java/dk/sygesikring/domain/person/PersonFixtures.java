package dk.sygesikring.domain.person;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.time.LocalDate;

/** Small builders for domain tests; "today" is 22 November 2026. */
final class PersonFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private PersonFixtures() {
    }

    static Address address(String addressId) {
        return new Address("Nørregade", "12", "2", "tv", "1165", "København K", "4912",
                MunicipalityCode.of("101"), addressId, new Coordinates(55.6794, 12.5716));
    }

    /** Someone {@code age} years old today, at the address, distinguished by {@code serial} (0-99). */
    static Person person(int age, int serial, Address address) {
        LocalDate born = TODAY.minusYears(age).minusDays(30);
        char century = born.getYear() >= 2000 ? '4' : '1';
        String cpr = String.format("%02d%02d%02d%c%02d%d", born.getDayOfMonth(), born.getMonthValue(), born.getYear() % 100,
                century, serial, 1);
        return new Person(Cpr.of(cpr), "Person " + serial, CprStatus.ACTIVE, CivilStatus.UNMARRIED, address, false, null);
    }

    static Person inactive(Person person) {
        return new Person(person.cpr(), person.name(), CprStatus.INACTIVE, person.civilStatus(), person.address(),
                person.nameAndAddressProtected(), person.supplementaryAddress());
    }

    static Person protectedPerson(Person person) {
        return new Person(person.cpr(), person.name(), person.status(), person.civilStatus(), person.address(), true, null);
    }
}

package dk.sygesikring.simulators.population;

import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Creates the persons of the population: birth date for a planned age, CPR number, name and CPR flags. */
final class Residents {

    static final List<String> ADDRESSES_ABROAD = List.of(
            "Calle Mayor 10, 28013 Madrid, Spanien",
            "Avenida del Mar 5, 29602 Marbella, Spanien",
            "Rua Augusta 120, 1100-048 Lisboa, Portugal",
            "Rue de Rivoli 50, 75001 Paris, Frankrig",
            "Friedrichstraße 43, 10117 Berlin, Tyskland",
            "Via del Corso 12, 00186 Roma, Italien",
            "Oxford Street 200, London W1D 1NU, Storbritannien",
            "George Street 88, Sydney NSW 2000, Australien");
    private static final int SUPPLEMENTARY_ADDRESS_PERCENT = 1;
    private static final int AGE_OF_MAJORITY = 18;

    private final Random random;
    private final Names names;
    private final CprNumbers cprNumbers;
    private final PopulationBuilder population;

    Residents(Random random, Names names, CprNumbers cprNumbers, PopulationBuilder population) {
        this.random = random;
        this.names = names;
        this.cprNumbers = cprNumbers;
        this.population = population;
    }

    /** An active adult at home; now and then with a supplementary address abroad. */
    Person adult(Home home, Gender gender, int age, CivilStatus civilStatus, String lastName) {
        String supplementary = age >= AGE_OF_MAJORITY && percent(SUPPLEMENTARY_ADDRESS_PERCENT) ? addressAbroad() : null;
        return create(gender, age, lastName, CprStatus.ACTIVE, civilStatus, home, supplementary);
    }

    /** A child (or an adult child) living at home, unmarried, with the family's name. */
    Person child(Home home, int age, String lastName) {
        Gender gender = random.nextBoolean() ? Gender.FEMALE : Gender.MALE;
        return create(gender, age, lastName, CprStatus.ACTIVE, CivilStatus.UNMARRIED, home, null);
    }

    /** Inactive in CPR (emigrated), keeping the last known Danish address or none. */
    Person emigrant(Address lastKnownAddress, Gender gender, int age, CivilStatus civilStatus, String lastName,
                    String addressAbroad) {
        return create(gender, age, lastName, CprStatus.INACTIVE, civilStatus,
                new Home(lastKnownAddress, false), addressAbroad);
    }

    /** A hand-placed person with a fixed CPR number. */
    Person fixed(Cpr cpr, String name, CprStatus status, CivilStatus civilStatus, Home home, String supplementary) {
        return population.add(new Person(cprNumbers.reserve(cpr), name, status, civilStatus,
                home.address(), home.protectedResidents(), supplementary));
    }

    String addressAbroad() {
        return ADDRESSES_ABROAD.get(random.nextInt(ADDRESSES_ABROAD.size()));
    }

    /**
     * A birth date that makes the person exactly {@code age} on {@link DemoPopulation#REFERENCE_DATE}.
     * At most 364 days before the birthday, so leap years cannot add a year.
     */
    LocalDate birthDateAt(int age) {
        return DemoPopulation.REFERENCE_DATE.minusYears(age).minusDays(random.nextInt(365));
    }

    private Person create(Gender gender, int age, String lastName, CprStatus status, CivilStatus civilStatus,
                          Home home, String supplementary) {
        LocalDate birthDate = birthDateAt(age);
        Cpr cpr = cprNumbers.next(birthDate, gender);
        String name = names.firstName(gender, birthDate.getYear()) + " " + lastName;
        return population.add(new Person(cpr, name, status, civilStatus, home.address(),
                home.protectedResidents(), supplementary));
    }

    private boolean percent(int percent) {
        return random.nextInt(100) < percent;
    }
}

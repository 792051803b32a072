package dk.sygesikring.simulators.population;

import static dk.sygesikring.domain.person.CivilStatus.DIVORCED;
import static dk.sygesikring.domain.person.CivilStatus.MARRIED;
import static dk.sygesikring.domain.person.CivilStatus.REGISTERED_PARTNER;
import static dk.sygesikring.domain.person.CivilStatus.UNMARRIED;
import static dk.sygesikring.domain.person.CivilStatus.WIDOWED;

import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Gender;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Generates households of the kinds the rules must be exercised with (PER-5, PER-7, ROLE-3/4, DOC-3):
 * married and cohabiting couples with children, divorced parents with joint custody at two addresses,
 * single parents, foster families, flat shares, emigrants, adults under guardianship and care homes.
 * Custody (CUSTODY) is registered only for children under 18; adult children at home have none.
 */
final class Households {

    /** Household kinds with their relative weights (households, not persons). */
    private enum Kind {
        SINGLE(56), MARRIED_COUPLE(52), REGISTERED_PARTNERS(3), COHABITING_COUPLE(24), DIVORCED_PARENTS(10),
        SINGLE_PARENT(12), FOSTER_FAMILY(3), FLAT_SHARE(6), EMIGRANT(8), UNDER_GUARDIANSHIP(2);

        private final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    private static final int TOTAL_WEIGHT = Arrays.stream(Kind.values()).mapToInt(kind -> kind.weight).sum();
    private static final int PROTECTED_HOUSEHOLD_PERCENT = 1;
    private static final int OLDEST = 95;
    private static final int YOUNGEST_PARENT = 20;
    private static final int OLDEST_CHILD_AT_HOME = 25;
    private static final int AGE_OF_MAJORITY = 18;

    private final Random random;
    private final Names names;
    private final Addresses addresses;
    private final Residents residents;
    private final PopulationBuilder population;
    private final List<MunicipalityArea> areas;

    Households(Random random, Names names, Addresses addresses, Residents residents, PopulationBuilder population,
               List<MunicipalityArea> areas) {
        this.random = random;
        this.names = names;
        this.addresses = addresses;
        this.residents = residents;
        this.population = population;
        this.areas = areas;
    }

    /** One household of a randomly chosen kind in the municipality, plus any home it implies elsewhere. */
    void any(MunicipalityArea area) {
        switch (pickKind()) {
            case SINGLE -> single(area);
            case MARRIED_COUPLE -> marriedCouple(area);
            case REGISTERED_PARTNERS -> registeredPartners(area);
            case COHABITING_COUPLE -> cohabitingCouple(area);
            case DIVORCED_PARENTS -> divorcedParents(area);
            case SINGLE_PARENT -> singleParent(area);
            case FOSTER_FAMILY -> fosterFamily(area);
            case FLAT_SHARE -> flatShare(area);
            case EMIGRANT -> emigrant(area);
            case UNDER_GUARDIANSHIP -> underGuardianship(area);
        }
    }

    /** A care home (plejehjem) or other collective with many residents at one address (PER-5's 20-member cap). */
    List<Person> careHome(Address address, int residentCount) {
        Home home = new Home(address, false);
        List<Person> placed = new ArrayList<>();
        for (int i = 0; i < residentCount; i++) {
            int age = between(75, OLDEST);
            Gender gender = percent(65) ? Gender.FEMALE : Gender.MALE;
            if (i == 0) {
                // one resident is married to someone still living in their own home
                Person resident = residents.adult(home, gender, age, MARRIED, names.familyName());
                Home ownHome = newHome(addresses.newHouse(areaOf(address)));
                Person spouse = residents.adult(ownHome, opposite(gender), clampAdult(age + between(-4, 3)), MARRIED,
                        lastNameOf(resident));
                population.relate(Relation.spouses(resident.cpr(), spouse.cpr()));
                placed.add(resident);
            } else {
                CivilStatus status = percent(60) ? WIDOWED : percent(50) ? UNMARRIED : DIVORCED;
                placed.add(residents.adult(home, gender, age, status, names.familyName()));
            }
        }
        return placed;
    }

    private void single(MunicipalityArea area) {
        int age = between(19, OLDEST);
        CivilStatus status = age < 30 ? UNMARRIED : age >= 70 && percent(50) ? WIDOWED : percent(55) ? UNMARRIED : DIVORCED;
        residents.adult(newHome(area), randomGender(), age, status, names.familyName());
    }

    private void marriedCouple(MunicipalityArea area) {
        Home home = newHome(area);
        int age = between(22, 90);
        boolean sameSex = percent(4); // same-sex marriage since 2012
        Gender first = sameSex ? randomGender() : Gender.MALE;
        Gender second = sameSex ? first : Gender.FEMALE;
        String familyName = names.familyName();
        Person one = residents.adult(home, first, age, MARRIED, familyName);
        Person other = residents.adult(home, second, clampAdult(age + between(-6, 3)), MARRIED,
                percent(70) ? familyName : names.familyName());
        population.relate(Relation.spouses(one.cpr(), other.cpr()));
        children(home, List.of(one, other), Math.min(age, ageOf(other)), familyName, between(0, 3));
    }

    /** Registered partnerships were entered 1989-2012, so the partners are middle-aged or older. */
    private void registeredPartners(MunicipalityArea area) {
        Home home = newHome(area);
        Gender gender = randomGender();
        int age = between(38, 88);
        Person one = residents.adult(home, gender, age, REGISTERED_PARTNER, names.familyName());
        Person other = residents.adult(home, gender, clampAdult(age + between(-8, 8)), REGISTERED_PARTNER,
                names.familyName());
        population.relate(Relation.spouses(one.cpr(), other.cpr()));
    }

    /** Unmarried partners (samlevende): no CPR relation between them; both hold custody of their children. */
    private void cohabitingCouple(MunicipalityArea area) {
        Home home = newHome(area);
        int age = between(20, 75);
        CivilStatus status = age > 35 && percent(30) ? DIVORCED : UNMARRIED;
        String familyName = names.familyName();
        Person one = residents.adult(home, Gender.FEMALE, age, status, familyName);
        Person other = residents.adult(home, Gender.MALE, clampAdult(age + between(-3, 6)), UNMARRIED, names.familyName());
        children(home, List.of(one, other), Math.min(age, ageOf(other)), familyName, between(0, 2));
    }

    /**
     * Divorced parents at different addresses with joint custody (PER-7): the children live with the
     * residence parent; the other parent lives elsewhere, sometimes in another municipality, sometimes remarried.
     */
    private void divorcedParents(MunicipalityArea area) {
        Gender residenceGender = percent(70) ? Gender.FEMALE : Gender.MALE;
        int age = between(28, 55);
        String familyName = names.familyName();
        Home residenceHome = newHome(area);
        Person residenceParent = residents.adult(residenceHome, residenceGender, age, DIVORCED, familyName);

        MunicipalityArea otherArea = percent(80) ? area : randomArea();
        Home otherHome = newHome(otherArea);
        int otherAge = clampAdult(age + between(-2, 6));
        boolean remarried = percent(25);
        Person otherParent = residents.adult(otherHome, opposite(residenceGender), otherAge,
                remarried ? MARRIED : DIVORCED, names.familyName());
        if (remarried) {
            Person newSpouse = residents.adult(otherHome, residenceGender, clampAdult(otherAge + between(-6, 4)),
                    MARRIED, lastNameOf(otherParent));
            population.relate(Relation.spouses(otherParent.cpr(), newSpouse.cpr()));
        }
        int children = between(1, 3);
        for (int i = 0; i < children; i++) {
            int childAge = between(1, Math.min(AGE_OF_MAJORITY - 1, Math.min(age, otherAge) - YOUNGEST_PARENT));
            Person child = residents.child(residenceHome, childAge, familyName);
            population.relate(Relation.custody(residenceParent.cpr(), child.cpr()));
            population.relate(Relation.custody(otherParent.cpr(), child.cpr()));
        }
    }

    /** Sole custody: only the parent at home holds it. */
    private void singleParent(MunicipalityArea area) {
        Home home = newHome(area);
        int age = between(23, 60);
        CivilStatus status = percent(50) ? UNMARRIED : percent(85) ? DIVORCED : WIDOWED;
        String familyName = names.familyName();
        Person parent = residents.adult(home, percent(80) ? Gender.FEMALE : Gender.MALE, age, status, familyName);
        children(home, List.of(parent), age, familyName, between(1, 3));
    }

    /**
     * Foster children (plejebørn) live with a family that has no custody of them (ROLE-3): custody stays with a
     * birth parent living elsewhere, or with no person at all (the municipality took it over).
     */
    private void fosterFamily(MunicipalityArea area) {
        Home home = newHome(area);
        int age = between(35, 60);
        String familyName = names.familyName();
        Person mother = residents.adult(home, Gender.FEMALE, age, MARRIED, familyName);
        Person father = residents.adult(home, Gender.MALE, clampAdult(age + between(-3, 5)), MARRIED, familyName);
        population.relate(Relation.spouses(mother.cpr(), father.cpr()));
        children(home, List.of(mother, father), age, familyName, between(0, 2));
        int fosterChildren = between(1, 2);
        for (int i = 0; i < fosterChildren; i++) {
            String birthName = names.familyName();
            int childAge = between(2, 17);
            Person child = residents.child(home, childAge, birthName);
            if (percent(50)) {
                Home birthMotherHome = newHome(area);
                Person birthMother = residents.adult(birthMotherHome, Gender.FEMALE,
                        clampAdult(childAge + between(18, 35)), UNMARRIED, birthName);
                population.relate(Relation.custody(birthMother.cpr(), child.cpr()));
            }
        }
    }

    /** Unrelated young adults sharing a flat: co-residents without any relation. */
    private void flatShare(MunicipalityArea area) {
        Home home = new Home(addresses.newFlat(area), percent(PROTECTED_HOUSEHOLD_PERCENT));
        int sharers = between(2, 4);
        for (int i = 0; i < sharers; i++) {
            residents.adult(home, randomGender(), between(19, 32), UNMARRIED, names.familyName());
        }
    }

    /** Emigrated (PER-3): inactive, keeping the last known Danish address or none, sometimes with an address abroad. */
    private void emigrant(MunicipalityArea area) {
        Address lastKnown = percent(50) ? addresses.newHome(area) : null;
        String abroad = percent(30) ? residents.addressAbroad() : null;
        CivilStatus status = percent(60) ? UNMARRIED : DIVORCED;
        residents.emigrant(lastKnown, randomGender(), between(20, 80), status, names.familyName(), abroad);
    }

    /**
     * An adult under guardianship (værgemål, ROLE-3/4): either living with the parents, one of whom is the
     * guardian, or alone with the guardian (a parent or a sibling) living elsewhere.
     */
    private void underGuardianship(MunicipalityArea area) {
        int wardAge = between(19, 55);
        String familyName = names.familyName();
        int parentAge = wardAge + between(22, 35);
        if (parentAge <= 88 && percent(35)) {
            Home home = newHome(area);
            Person mother = residents.adult(home, Gender.FEMALE, parentAge, MARRIED, familyName);
            Person father = residents.adult(home, Gender.MALE, clampAdult(parentAge + between(-2, 5)), MARRIED, familyName);
            population.relate(Relation.spouses(mother.cpr(), father.cpr()));
            Person ward = residents.adult(home, randomGender(), wardAge, UNMARRIED, familyName);
            population.relate(Relation.guardianship(mother.cpr(), ward.cpr()));
            return;
        }
        Person ward = residents.adult(new Home(addresses.newFlat(area), false), randomGender(), wardAge, UNMARRIED,
                familyName);
        MunicipalityArea guardianArea = percent(70) ? area : randomArea();
        int guardianAge = parentAge <= 88 ? parentAge : clampAdult(wardAge + between(-5, 5));
        CivilStatus guardianStatus = guardianAge >= 70 && percent(50) ? WIDOWED : DIVORCED;
        Person guardian = residents.adult(newHome(guardianArea), randomGender(), guardianAge, guardianStatus, familyName);
        population.relate(Relation.guardianship(guardian.cpr(), ward.cpr()));
    }

    /**
     * Children born when the youngest custodian was at least 20: under 18 they are in the custody of every
     * custodian given; from 18 they still live at home but custody has ended.
     */
    private void children(Home home, List<Person> custodians, int youngestParentAge, String familyName, int count) {
        int oldestPossible = Math.min(OLDEST_CHILD_AT_HOME, youngestParentAge - YOUNGEST_PARENT);
        if (oldestPossible < 1) {
            return;
        }
        for (int i = 0; i < count; i++) {
            int age = between(1, oldestPossible);
            Person child = residents.child(home, age, familyName);
            if (age < AGE_OF_MAJORITY) {
                custodians.forEach(custodian -> population.relate(Relation.custody(custodian.cpr(), child.cpr())));
            }
        }
    }

    private Home newHome(MunicipalityArea area) {
        return newHome(addresses.newHome(area));
    }

    private Home newHome(Address address) {
        return new Home(address, percent(PROTECTED_HOUSEHOLD_PERCENT));
    }

    private MunicipalityArea areaOf(Address address) {
        return Municipalities.byCode(address.municipalityCode().value());
    }

    private MunicipalityArea randomArea() {
        return areas.get(random.nextInt(areas.size()));
    }

    private Kind pickKind() {
        int ticket = random.nextInt(TOTAL_WEIGHT);
        for (Kind kind : Kind.values()) {
            ticket -= kind.weight;
            if (ticket < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    private static int ageOf(Person person) {
        return person.ageOn(DemoPopulation.REFERENCE_DATE);
    }

    private static String lastNameOf(Person person) {
        return person.name().substring(person.name().indexOf(' ') + 1);
    }

    private static int clampAdult(int age) {
        return Math.max(AGE_OF_MAJORITY + 1, Math.min(OLDEST, age));
    }

    private static Gender opposite(Gender gender) {
        return gender == Gender.FEMALE ? Gender.MALE : Gender.FEMALE;
    }

    private Gender randomGender() {
        return random.nextBoolean() ? Gender.FEMALE : Gender.MALE;
    }

    private int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private boolean percent(int percent) {
        return random.nextInt(100) < percent;
    }
}

package dk.sygesikring.simulators.population;

import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.person.RelationType;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Draws the initial LUNA registrations of a population, person by person in its order (GRP-1, PER-7): an active
 * person mostly has a regular practice of their own municipality, preferably an open one near home and often the
 * one someone else at the address has, otherwise group 2; a child under 15 living with a custodian has the
 * custodian's doctor and group; an inactive person is in group 7, or 9 without a last known address.
 */
final class RegistrationGenerator {

    private static final LocalDate FIRST_CURRENT = LocalDate.of(2008, 1, 1);
    private static final LocalDate FIRST_OLDER = LocalDate.of(1995, 1, 1);
    private static final LocalDate FIRST_OPT_OUT = LocalDate.of(2023, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 6, 30);
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private static final int GROUP_2_PERCENT = 8;
    private static final int SAME_DOCTOR_AS_HOUSEHOLD_PERCENT = 70;
    private static final int NEAREST_OPEN_PERCENT = 60;
    private static final int SECOND_NEAREST_OPEN_PERCENT = 25;
    private static final int OLDER_CHOICE_PERCENT = 25;
    private static final int OPT_OUT_PERCENT = 2;
    /** PER-7: under this age a child has the doctor of a custodian. */
    private static final int CHILD_AGE = 15;
    /** From this age a person chooses for themselves, and may opt out of the physical card. */
    private static final int OWN_CHOICE_AGE = 15;

    private final DemoPopulation population;
    private final Random random;
    private final Map<String, List<Practitioner>> regularByMunicipality;
    private final Map<Cpr, List<Registration>> byPerson = new LinkedHashMap<>();
    private final Map<Cpr, PhysicalCardOptOut> optOuts = new LinkedHashMap<>();
    private final Map<String, ProviderNumber> doctorAtAddress = new HashMap<>();

    RegistrationGenerator(DemoPopulation population) {
        this.population = population;
        this.random = new Random(population.seed());
        this.regularByMunicipality = population.practitioners().stream()
                .filter(practitioner -> practitioner.kind() == PractitionerKind.REGULAR)
                .collect(Collectors.groupingBy(practitioner -> practitioner.municipalityCode().value()));
    }

    DemoRegistrations generate() {
        WellKnownRegistrations.all().forEach(this::add);
        WellKnownRegistrations.optOuts().forEach(optOut -> optOuts.put(optOut.cpr(), optOut));
        List<Person> children = new ArrayList<>();
        for (Person person : population.persons()) {
            if (byPerson.containsKey(person.cpr())) {
                continue;
            }
            if (!person.isActive()) {
                inactive(person);
            } else if (custodianAtHome(person).isPresent()) {
                children.add(person);
            } else {
                ownChoice(person);
            }
        }
        // after everyone else, so that every custodian has a registration to follow
        children.forEach(this::followCustodian);
        return new DemoRegistrations(byPerson, optOuts);
    }

    private void inactive(Person person) {
        Sikringsgruppe group = person.address() == null ? Sikringsgruppe.GROUP_9 : Sikringsgruppe.GROUP_7;
        add(DemoRegistrations.groupChange(person.cpr(), group, dayBetween(FIRST_CURRENT, LAST)));
    }

    private void ownChoice(Person person) {
        LocalDate from = dayBetween(later(FIRST_CURRENT, person.birthDate()), LAST);
        Registration current = percent(GROUP_2_PERCENT)
                ? DemoRegistrations.groupChange(person.cpr(), Sikringsgruppe.GROUP_2, from)
                : DemoRegistrations.doctorChoice(person.cpr(), practiceFor(person), from);
        LocalDate firstOlder = later(FIRST_OLDER, person.birthDate().plusYears(OWN_CHOICE_AGE));
        LocalDate lastOlder = from.minusYears(1);
        if (percent(OLDER_CHOICE_PERCENT) && !firstOlder.isAfter(lastOlder)) {
            add(DemoRegistrations.doctorChoice(person.cpr(), anotherPractice(person, current.providerNumber()),
                    dayBetween(firstOlder, lastOlder)));
        }
        add(current);
        if (person.ageOn(DemoPopulation.REFERENCE_DATE) >= OWN_CHOICE_AGE && percent(OPT_OUT_PERCENT)) {
            LocalDate day = dayBetween(later(FIRST_OPT_OUT, from), LAST);
            Instant at = day.atTime(LocalTime.of(7, 0).plusMinutes(random.nextInt(15 * 60))).atZone(DANISH_TIME).toInstant();
            optOuts.put(person.cpr(), new PhysicalCardOptOut(person.cpr(), at));
        }
    }

    /** PER-7: the doctor and group of the custodian the child lives with, from the later of their day and birth. */
    private void followCustodian(Person child) {
        List<Registration> custodians = byPerson.get(custodianAtHome(child).orElseThrow().cpr());
        Registration theirs = custodians.getLast();
        LocalDate from = later(theirs.validFrom(), child.birthDate());
        add(theirs.kind() == Registration.Kind.DOCTOR_CHOICE
                ? DemoRegistrations.doctorChoice(child.cpr(), theirs.providerNumber(), from)
                : DemoRegistrations.groupChange(child.cpr(), theirs.group(), from));
    }

    /** Someone of the household's, or one of the two nearest open practices, now and then any of the municipality. */
    private ProviderNumber practiceFor(Person person) {
        String addressId = person.address().addressId();
        ProviderNumber household = doctorAtAddress.get(addressId);
        if (household != null && percent(SAME_DOCTOR_AS_HOUSEHOLD_PERCENT)) {
            return household;
        }
        List<Practitioner> ranked = openFirstThenNearest(person);
        int roll = random.nextInt(100);
        Practitioner chosen = roll < NEAREST_OPEN_PERCENT ? ranked.get(0)
                : roll < NEAREST_OPEN_PERCENT + SECOND_NEAREST_OPEN_PERCENT ? ranked.get(1)
                : ranked.get(random.nextInt(ranked.size()));
        doctorAtAddress.putIfAbsent(addressId, chosen.providerNumber());
        return chosen.providerNumber();
    }

    private ProviderNumber anotherPractice(Person person, ProviderNumber current) {
        List<Practitioner> others = openFirstThenNearest(person).stream()
                .filter(practitioner -> !practitioner.providerNumber().equals(current))
                .toList();
        return others.get(random.nextInt(others.size())).providerNumber();
    }

    /** Every municipality has at least two regular practices, two of them open (PractitionerGenerator). */
    private List<Practitioner> openFirstThenNearest(Person person) {
        return regularByMunicipality.get(person.address().municipalityCode().value()).stream()
                .sorted(Comparator.comparing((Practitioner practitioner) -> !practitioner.open())
                        .thenComparingDouble(practitioner ->
                                practitioner.address().coordinates().kilometresTo(person.address().coordinates())))
                .toList();
    }

    private Optional<Person> custodianAtHome(Person person) {
        if (person.ageOn(DemoPopulation.REFERENCE_DATE) >= CHILD_AGE) {
            return Optional.empty();
        }
        return population.relationsOf(person.cpr()).stream()
                .filter(relation -> relation.subject().equals(person.cpr()))
                .filter(relation -> relation.type() == RelationType.CUSTODY || relation.type() == RelationType.GUARDIANSHIP)
                .map(Relation::holder)
                .map(holder -> population.person(holder).orElseThrow())
                .filter(person::livesWith)
                .findFirst();
    }

    private void add(Registration registration) {
        byPerson.computeIfAbsent(registration.cpr(), cpr -> new ArrayList<>()).add(registration);
    }

    private LocalDate dayBetween(LocalDate first, LocalDate last) {
        return first.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(first, last) + 1));
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private boolean percent(int percent) {
        return random.nextInt(100) < percent;
    }
}

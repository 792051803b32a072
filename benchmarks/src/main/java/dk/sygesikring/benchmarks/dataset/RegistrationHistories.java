package dk.sygesikring.benchmarks.dataset;

import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.person.RelationType;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Registration histories for one municipality's persons, as LUNA would hold them: an adult in group 1 with a doctor
 * near home (the nearest of three practices drawn in the municipality), some in group 2, a quarter with an older
 * choice before the current one; a child under 15 with the doctor of a custodian (PER-7); an inactive person in group
 * 7 or 9. Deterministic for the seed.
 */
final class RegistrationHistories {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final LocalDate FIRST = LocalDate.of(2008, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 6, 30);
    private static final LocalDate REFERENCE = LocalDate.of(2026, 12, 1);

    private final Map<String, List<Practitioner>> regularByMunicipality = new HashMap<>();
    private final Random random;

    RegistrationHistories(List<Practitioner> practitioners, long seed) {
        practitioners.stream().filter(practitioner -> practitioner.kind() == PractitionerKind.REGULAR)
                .forEach(practitioner -> regularByMunicipality
                        .computeIfAbsent(practitioner.municipalityCode().value(), code -> new ArrayList<>()).add(practitioner));
        this.random = new Random(seed);
    }

    List<InsuranceRegistration> of(List<Person> persons, List<Relation> relations) {
        Map<Cpr, Cpr> custodianOf = new HashMap<>();
        relations.stream().filter(relation -> relation.type() == RelationType.CUSTODY)
                .forEach(relation -> custodianOf.putIfAbsent(relation.subject(), relation.holder()));
        Map<Cpr, InsuranceRegistration> current = new HashMap<>();
        List<InsuranceRegistration> all = new ArrayList<>();
        List<Person> children = new ArrayList<>();
        for (Person person : persons) {
            if (!person.isActive()) {
                add(all, current, group(person.cpr(), person.address() == null ? Sikringsgruppe.GROUP_9 : Sikringsgruppe.GROUP_7,
                        day(FIRST, LAST)));
            } else if (person.isUnderAgeOfOwnChoiceOn(REFERENCE) && custodianOf.containsKey(person.cpr())) {
                children.add(person);
            } else {
                LocalDate from = day(later(FIRST, person.birthDate()), LAST);
                if (random.nextInt(4) == 0 && from.minusYears(2).isAfter(later(FIRST, person.birthDate()))) {
                    add(all, current, choice(person.cpr(), doctorNear(person), day(later(FIRST, person.birthDate()), from.minusYears(1))));
                }
                add(all, current, random.nextInt(100) < 8 ? group(person.cpr(), Sikringsgruppe.GROUP_2, from)
                        : choice(person.cpr(), doctorNear(person), from));
            }
        }
        for (Person child : children) {
            InsuranceRegistration theirs = current.get(custodianOf.get(child.cpr()));
            LocalDate from = theirs == null ? later(FIRST, child.birthDate()) : later(theirs.validFrom(), child.birthDate());
            add(all, current, theirs != null && theirs.doctor().isPresent()
                    ? choice(child.cpr(), theirs.doctor().get(), from)
                    : theirs != null ? group(child.cpr(), theirs.group(), from) : choice(child.cpr(), doctorNear(child), from));
        }
        return all;
    }

    private ProviderNumber doctorNear(Person person) {
        List<Practitioner> here = regularByMunicipality.get(person.address().municipalityCode().value());
        Coordinates home = person.address().coordinates();
        List<Practitioner> drawn = new ArrayList<>(3);
        for (int i = 0; i < 3; i++) {
            drawn.add(here.get(random.nextInt(here.size())));
        }
        return drawn.stream()
                .min(Comparator.comparingDouble(practitioner -> home == null || practitioner.address().coordinates() == null
                        ? 0 : home.kilometresTo(practitioner.address().coordinates())))
                .orElseThrow().providerNumber();
    }

    private static void add(List<InsuranceRegistration> all, Map<Cpr, InsuranceRegistration> current, InsuranceRegistration registration) {
        all.add(registration);
        current.put(registration.cpr(), registration);
    }

    private InsuranceRegistration choice(Cpr cpr, ProviderNumber doctor, LocalDate from) {
        return InsuranceRegistration.doctorChoice(cpr, doctor, from, registeredOn(from), new UUID(random.nextLong(), random.nextLong()), null);
    }

    private InsuranceRegistration group(Cpr cpr, Sikringsgruppe group, LocalDate from) {
        return InsuranceRegistration.groupChange(cpr, group, from, registeredOn(from), new UUID(random.nextLong(), random.nextLong()), null);
    }

    private Instant registeredOn(LocalDate validFrom) {
        return validFrom.minusDays(random.nextInt(20)).atTime(8, 0).plusMinutes(random.nextInt(600)).atZone(DANISH_TIME).toInstant();
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        return span <= 0 ? from : from.plusDays(random.nextLong(span + 1));
    }

    private static LocalDate later(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}

package dk.sygesikring.simulators.population;

import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What LUNA holds for a {@link DemoPopulation} before anyone has chosen anything in the demo: a group for every
 * person (with a doctor for most), some older doctor choices, and a few physical-card opt-outs. Generated from
 * the population with a {@link java.util.Random} of its seed, so the same seed gives the same registrations, and
 * the persons stay what they were without them. Dates are fixed, all in the past, never relative to today. The
 * {@link WellKnown} persons have the same registrations whatever the seed.
 */
public final class DemoRegistrations {

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final LocalTime OFFICE_HOURS = LocalTime.of(9, 0);
    /** A registration is made some days before it takes effect, except for a newborn. */
    private static final int DAYS_REGISTERED_AHEAD = 10;

    private final Map<Cpr, List<Registration>> byPerson;
    private final Map<Cpr, PhysicalCardOptOut> optOuts;

    DemoRegistrations(Map<Cpr, List<Registration>> byPerson, Map<Cpr, PhysicalCardOptOut> optOuts) {
        Map<Cpr, List<Registration>> sorted = new LinkedHashMap<>();
        byPerson.forEach((cpr, registrations) -> sorted.put(cpr, registrations.stream()
                .sorted(Comparator.comparing(Registration::validFrom).thenComparing(Registration::registeredAt))
                .toList()));
        this.byPerson = sorted;
        this.optOuts = new LinkedHashMap<>(optOuts);
    }

    static DemoRegistrations generate(DemoPopulation population) {
        return new RegistrationGenerator(population).generate();
    }

    /** The person's registrations, oldest validFrom first; empty for a person LUNA does not know. */
    public List<Registration> of(Cpr cpr) {
        return byPerson.getOrDefault(cpr, List.of());
    }

    /** Everyone's, person by person in the order of the population. */
    public List<Registration> all() {
        return byPerson.values().stream().flatMap(List::stream).toList();
    }

    public Optional<PhysicalCardOptOut> physicalCardOptOut(Cpr cpr) {
        return Optional.ofNullable(optOuts.get(cpr));
    }

    public List<PhysicalCardOptOut> physicalCardOptOuts() {
        return List.copyOf(optOuts.values());
    }

    /** A doctor choice of the initial data, made some days before it takes effect (for a newborn: at birth). */
    static Registration doctorChoice(Cpr cpr, ProviderNumber practice, LocalDate validFrom) {
        return Registration.doctorChoice(cpr, practice, validFrom, registeredAt(validFrom, cpr.birthDate()),
                idOf(cpr, Registration.Kind.DOCTOR_CHOICE, validFrom));
    }

    static Registration groupChange(Cpr cpr, Sikringsgruppe group, LocalDate validFrom) {
        return Registration.groupChange(cpr, group, validFrom, registeredAt(validFrom, cpr.birthDate()),
                idOf(cpr, Registration.Kind.GROUP_CHANGE, validFrom));
    }

    /** A registration id that follows from what is registered, as everything else in the population does. */
    private static UUID idOf(Cpr cpr, Registration.Kind kind, LocalDate validFrom) {
        return UUID.nameUUIDFromBytes(("LUNA " + kind + " " + cpr + " " + validFrom).getBytes(StandardCharsets.UTF_8));
    }

    private static Instant registeredAt(LocalDate validFrom, LocalDate birthDate) {
        LocalDate day = validFrom.minusDays(DAYS_REGISTERED_AHEAD);
        return (day.isBefore(birthDate) ? birthDate : day).atTime(OFFICE_HOURS).atZone(DANISH_TIME).toInstant();
    }
}

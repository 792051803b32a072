package dk.sygesikring.simulators.luna;

import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.simulators.population.PhysicalCardOptOut;
import dk.sygesikring.simulators.population.Registration;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The simulator's own, changeable LUNA: the population's initial registrations and opt-outs, plus what it receives.
 * Every method holds the lock, so two requests with the same idempotency key register once. A request costs the same
 * however many registrations were received before it (the national population's persons may register millions):
 * what was received is kept by key and by person, a provider number is looked up, not searched for, and the patients
 * moved on by the registrations received are counted once per day and new registration, not at every listing.
 */
final class LunaRegister {

    /** The answer to a registration request. */
    sealed interface Outcome {

        /** Made now, or, when {@code replayed}, made earlier for the same key and request. */
        record Registered(Received received, boolean replayed) implements Outcome {
        }

        record Refused(String reason) implements Outcome {
        }
    }

    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final Clock clock;
    /** LUNA's practitioners as the population has them, in its order; changed by the simulator's control routes. */
    private final Map<ProviderNumber, Practitioner> practitioners = new LinkedHashMap<>();
    private final Map<Cpr, List<Registration>> initial = new HashMap<>();
    private final Map<Cpr, PhysicalCardOptOut> optOuts = new HashMap<>();
    private final Map<String, Received> receivedByKey = new LinkedHashMap<>();
    private final Map<Cpr, List<Received>> receivedByCpr = new HashMap<>();
    /** Counts the registrations made over HTTP, so the patients moved are counted again only when there are new ones. */
    private long registrationsMade;
    private MovedPatients moved = new MovedPatients(LocalDate.MIN, -1, Map.of());

    /** How many patients each practitioner gained (or lost) by the registrations received, as of {@code day}. */
    private record MovedPatients(LocalDate day, long registrationsMade, Map<ProviderNumber, Integer> byPractitioner) {
    }

    LunaRegister(LunaPopulation population, Clock clock) {
        this.clock = clock;
        population.practitioners().forEach(practitioner -> practitioners.put(practitioner.providerNumber(), practitioner));
        population.registrations().forEach(registration -> {
            initial.computeIfAbsent(registration.cpr(), cpr -> new ArrayList<>()).add(registration);
        });
        population.physicalCardOptOuts().forEach(optOut -> optOuts.put(optOut.cpr(), optOut));
    }

    /**
     * Registers the request once per idempotency key: the same key with the same request again gets the first
     * registration back; with another request it is refused, as is a request LUNA would not register.
     */
    synchronized Outcome register(String idempotencyKey, RegistrationRequest request) {
        Received earlier = receivedByKey.get(idempotencyKey);
        if (earlier != null) {
            return earlier.request().equals(request)
                    ? new Outcome.Registered(earlier, true)
                    : new Outcome.Refused("the idempotency key was used for another registration");
        }
        Optional<String> refusal = refusal(request);
        if (refusal.isPresent()) {
            return new Outcome.Refused(refusal.get());
        }
        RegistrationRequest kept = shared(request);
        Received received = new Received(idempotencyKey, kept, registrationFor(idempotencyKey, kept));
        receivedByKey.put(idempotencyKey, received);
        receivedByCpr.computeIfAbsent(request.cpr(), cpr -> new ArrayList<>(1)).add(received);
        registrationsMade++;
        return new Outcome.Registered(received, false);
    }

    synchronized List<HistoryRow> history(Cpr cpr) {
        return PersonHistory.of(registrationsOf(cpr), Optional.ofNullable(optOuts.get(cpr)));
    }

    synchronized Optional<PhysicalCardOptOut> optOut(Cpr cpr) {
        return Optional.ofNullable(optOuts.get(cpr));
    }

    /** Registers an opt-out now, keeping one already there; refused for a person LUNA holds nothing of. */
    synchronized Optional<String> optOutNow(Cpr cpr) {
        if (!initial.containsKey(cpr) && !receivedByCpr.containsKey(cpr)) {
            return Optional.of("LUNA holds no registration of the person");
        }
        optOuts.putIfAbsent(cpr, new PhysicalCardOptOut(cpr, now()));
        return Optional.empty();
    }

    synchronized void withdrawOptOut(Cpr cpr) {
        optOuts.remove(cpr);
    }

    /** What was registered over HTTP, in the order received; only the person's when a CPR number is given. */
    synchronized List<Received> received(Optional<Cpr> cpr) {
        return cpr.isEmpty()
                ? List.copyOf(receivedByKey.values())
                : List.copyOf(receivedByCpr.getOrDefault(cpr.get(), List.of()));
    }

    /**
     * The practitioners, each with its patients today: the population's count, moved on by the registrations received
     * over HTTP (a person counts at the doctor of the registration in force today, DOC-7).
     */
    synchronized List<Practitioner> practitioners() {
        Map<ProviderNumber, Integer> movedToday = movedPatients(LocalDate.now(clock.withZone(DANISH_TIME)));
        return practitioners.values().stream().map(practitioner -> withPatients(practitioner, Math.max(0,
                practitioner.registeredPatients() + movedToday.getOrDefault(practitioner.providerNumber(), 0)))).toList();
    }

    /** A person counts at the doctor in force today and no longer at the one of the initial registrations (DOC-7). */
    private Map<ProviderNumber, Integer> movedPatients(LocalDate today) {
        if (!moved.day().equals(today) || moved.registrationsMade() != registrationsMade) {
            Map<ProviderNumber, Integer> byPractitioner = new HashMap<>();
            receivedByCpr.keySet().forEach(cpr -> {
                doctorOn(today, initial.getOrDefault(cpr, List.of()))
                        .ifPresent(left -> byPractitioner.merge(left, -1, Integer::sum));
                doctorOn(today, registrationsOf(cpr))
                        .ifPresent(joined -> byPractitioner.merge(joined, 1, Integer::sum));
            });
            moved = new MovedPatients(today, registrationsMade, Map.copyOf(byPractitioner));
        }
        return moved.byPractitioner();
    }

    /** Adds the practitioner to LUNA's list, or replaces the one with its provider number. */
    synchronized void putPractitioner(Practitioner practitioner) {
        practitioners.put(practitioner.providerNumber(), practitioner);
    }

    /** LUNA's list holds exactly these practitioners from now on. */
    synchronized void replacePractitioners(List<Practitioner> listed) {
        practitioners.clear();
        listed.forEach(this::putPractitioner);
    }

    /** Takes the practitioner off LUNA's list; false when it was not on it. */
    synchronized boolean removePractitioner(ProviderNumber providerNumber) {
        return practitioners.remove(providerNumber) != null;
    }

    private static Optional<ProviderNumber> doctorOn(LocalDate day, List<Registration> registrations) {
        return registrations.stream()
                .filter(registration -> !registration.validFrom().isAfter(day))
                .max(Comparator.comparing(Registration::validFrom).thenComparing(Registration::registeredAt))
                .map(Registration::providerNumber);
    }

    private static Practitioner withPatients(Practitioner p, int patients) {
        return new Practitioner(p.providerNumber(), p.practiceName(), p.address(), p.municipalityCode(), p.kind(), p.open(),
                p.capacity(), p.closingLimit(), patients, p.selectivelyOpenPostcodes());
    }

    private Optional<String> refusal(RegistrationRequest request) {
        return switch (request.kind()) {
            case DOCTOR_CHOICE -> {
                if (request.providerNumber() == null) {
                    yield Optional.of("a doctor choice names a provider number");
                }
                if (request.group() != null && !request.group().equals("1")) {
                    yield Optional.of("a doctor choice registers group 1, not group " + request.group());
                }
                yield isProviderNumber(request.providerNumber())
                        && practitioners.containsKey(ProviderNumber.of(request.providerNumber()))
                        ? Optional.empty()
                        : Optional.of("unknown provider number " + request.providerNumber());
            }
            case GROUP_CHANGE -> {
                if (request.providerNumber() != null) {
                    yield Optional.of("a group change names no provider number");
                }
                yield group(request.group()).isPresent()
                        ? Optional.empty()
                        : Optional.of("there is no group " + request.group() + "; the groups are 1, 2, 4, 5, 6, 7, 8 and 9");
            }
        };
    }

    private Registration registrationFor(String idempotencyKey, RegistrationRequest request) {
        UUID id = UUID.nameUUIDFromBytes(("LUNA registration " + idempotencyKey).getBytes(StandardCharsets.UTF_8));
        return switch (request.kind()) {
            case DOCTOR_CHOICE -> Registration.doctorChoice(request.cpr(),
                    practitioners.get(ProviderNumber.of(request.providerNumber())).providerNumber(),
                    request.validFrom(), now(), id);
            case GROUP_CHANGE -> Registration.groupChange(request.cpr(), group(request.group()).orElseThrow(),
                    request.validFrom(), now(), id);
        };
    }

    private static boolean isProviderNumber(String number) {
        return number.length() == 6 && number.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static Optional<Sikringsgruppe> group(String number) {
        return number != null && number.matches("\\d") ? Sikringsgruppe.ofNumber(Integer.parseInt(number)) : Optional.empty();
    }

    /** The person's initial registrations and those received, in no particular order. */
    private List<Registration> registrationsOf(Cpr cpr) {
        List<Registration> initially = initial.getOrDefault(cpr, List.of());
        List<Received> received = receivedByCpr.getOrDefault(cpr, List.of());
        if (received.isEmpty()) {
            return initially;
        }
        List<Registration> all = new ArrayList<>(initially.size() + received.size());
        all.addAll(initially);
        received.forEach(one -> all.add(one.registration()));
        return all;
    }

    /**
     * The request as kept: its provider number the very one of LUNA's list and its group a shared string, so that a
     * registration kept costs little more than its own CPR number, ids and times (a few hundred bytes).
     */
    private RegistrationRequest shared(RegistrationRequest request) {
        String providerNumber = request.providerNumber() == null ? null
                : practitioners.get(ProviderNumber.of(request.providerNumber())).providerNumber().value();
        String group = request.group() == null ? null : request.group().intern();
        return new RegistrationRequest(request.kind(), request.cpr(), providerNumber, group, request.validFrom(),
                request.forloebId());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

package dk.sygesikring.simulators.luna;

import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.simulators.population.DemoPopulation;
import dk.sygesikring.simulators.population.PhysicalCardOptOut;
import dk.sygesikring.simulators.population.Registration;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The simulator's own, changeable LUNA: the population's initial registrations and opt-outs, plus what it receives.
 * Every method holds the lock, so two requests with the same idempotency key register once.
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

    private final Clock clock;
    private final Set<ProviderNumber> providerNumbers;
    private final Map<Cpr, List<Registration>> registrations = new HashMap<>();
    private final Map<Cpr, PhysicalCardOptOut> optOuts = new HashMap<>();
    private final Map<String, Received> receivedByKey = new LinkedHashMap<>();

    LunaRegister(DemoPopulation population, Clock clock) {
        this.clock = clock;
        this.providerNumbers = population.practitioners().stream()
                .map(Practitioner::providerNumber)
                .collect(Collectors.toUnmodifiableSet());
        population.registrations().all().forEach(this::add);
        population.registrations().physicalCardOptOuts().forEach(optOut -> optOuts.put(optOut.cpr(), optOut));
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
        Received received = new Received(idempotencyKey, request, registrationFor(idempotencyKey, request));
        receivedByKey.put(idempotencyKey, received);
        add(received.registration());
        return new Outcome.Registered(received, false);
    }

    synchronized List<HistoryRow> history(Cpr cpr) {
        return PersonHistory.of(registrations.getOrDefault(cpr, List.of()), Optional.ofNullable(optOuts.get(cpr)));
    }

    synchronized Optional<PhysicalCardOptOut> optOut(Cpr cpr) {
        return Optional.ofNullable(optOuts.get(cpr));
    }

    /** Registers an opt-out now, keeping one already there; refused for a person LUNA holds nothing of. */
    synchronized Optional<String> optOutNow(Cpr cpr) {
        if (!registrations.containsKey(cpr)) {
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
        return receivedByKey.values().stream()
                .filter(received -> cpr.isEmpty() || received.request().cpr().equals(cpr.get()))
                .toList();
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
                yield providerNumbers.stream().anyMatch(known -> known.value().equals(request.providerNumber()))
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
            case DOCTOR_CHOICE -> Registration.doctorChoice(request.cpr(), ProviderNumber.of(request.providerNumber()),
                    request.validFrom(), now(), id);
            case GROUP_CHANGE -> Registration.groupChange(request.cpr(), group(request.group()).orElseThrow(),
                    request.validFrom(), now(), id);
        };
    }

    private static Optional<Sikringsgruppe> group(String number) {
        return number != null && number.matches("\\d") ? Sikringsgruppe.ofNumber(Integer.parseInt(number)) : Optional.empty();
    }

    private void add(Registration registration) {
        registrations.computeIfAbsent(registration.cpr(), cpr -> new ArrayList<>()).add(registration);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.application.port.out.luna.LunaHistoryEntry;
import dk.sygesikring.application.port.out.luna.LunaOutcome;
import dk.sygesikring.application.port.out.luna.LunaPort;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.application.port.out.luna.PhysicalCardOptOut;
import dk.sygesikring.application.port.out.luna.RegionalLetter;
import dk.sygesikring.domain.letter.RegionalLetterPeriod;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.Practitioner;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * LUNA as the port sees it: it registers what it is given, answers a key it has seen with its first answer, refuses
 * the persons it is told to refuse, lists the practitioners it is given, and can be down. Every registration is
 * recorded with its key.
 */
public final class FakeLuna implements LunaPort {

    public record Call(String idempotencyKey, LunaRegistration registration) {
    }

    private final Clock clock;
    private final Map<String, LunaOutcome> answered = new HashMap<>();
    private final Map<Cpr, String> refusals = new HashMap<>();
    private boolean down;
    private List<Practitioner> listed = List.of();
    private final Map<Cpr, PhysicalCardOptOut> optOuts = new HashMap<>();
    private final Map<Cpr, List<RegionalLetter>> regionalLetters = new HashMap<>();
    /** The periods regional letters were asked for (LET-7). */
    public final List<RegionalLetterPeriod> regionalLetterPeriods = new ArrayList<>();
    /** How often an opt-out was asked for (CARD-10). */
    public int optOutQuestions;
    public final List<Call> calls = new ArrayList<>();

    public FakeLuna(Clock clock) {
        this.clock = clock;
    }

    /** The practitioners LUNA lists from now on (INT-1). */
    public void lists(Practitioner... practitioners) {
        listed = List.of(practitioners);
    }

    public void refuse(Cpr cpr, String reason) {
        refusals.put(cpr, reason);
    }

    /** CARD-10: the person opted out of the physical card in the card app. */
    public void optedOut(Cpr cpr) {
        optOuts.put(cpr, new PhysicalCardOptOut(cpr, clock.instant()));
    }

    /** LET-7: the regions sent the person these letters, in any order. */
    public void sentRegionalLetters(Cpr cpr, RegionalLetter... letters) {
        regionalLetters.computeIfAbsent(cpr, person -> new ArrayList<>()).addAll(List.of(letters));
    }

    public void down(boolean isDown) {
        down = isDown;
    }

    /** The registrations LUNA holds for the person. */
    public List<LunaOutcome.Registered> registrationsOf(Cpr cpr) {
        return calls.stream().filter(call -> call.registration().cpr().equals(cpr))
                .map(call -> answered.get(call.idempotencyKey()))
                .filter(LunaOutcome.Registered.class::isInstance).map(LunaOutcome.Registered.class::cast).distinct().toList();
    }

    @Override
    public LunaOutcome register(LunaRegistration registration, String idempotencyKey) {
        calls.add(new Call(idempotencyKey, registration));
        if (down) {
            throw new ExternalSystemUnavailableException("LUNA", "LUNA did not answer after 3 attempts", null);
        }
        return answered.computeIfAbsent(idempotencyKey, key -> refusals.containsKey(registration.cpr())
                ? new LunaOutcome.Rejected(refusals.get(registration.cpr()))
                : new LunaOutcome.Registered(UUID.randomUUID(), clock.instant()));
    }

    @Override
    public List<LunaHistoryEntry> history(Cpr cpr) {
        return List.of();
    }

    @Override
    public Optional<PhysicalCardOptOut> physicalCardOptOut(Cpr cpr) {
        optOutQuestions++;
        if (down) {
            throw new ExternalSystemUnavailableException("LUNA", "LUNA did not answer after 3 attempts", null);
        }
        return Optional.ofNullable(optOuts.get(cpr));
    }

    @Override
    public List<Practitioner> practitioners() {
        if (down) {
            throw new ExternalSystemUnavailableException("LUNA", "LUNA answered 503", null);
        }
        return listed;
    }

    /** As LUNA answers: the letters sent within the period, in the order they were given (the service sorts them). */
    @Override
    public List<RegionalLetter> regionalLetters(Cpr cpr, RegionalLetterPeriod period) {
        regionalLetterPeriods.add(period);
        if (down) {
            throw new ExternalSystemUnavailableException("LUNA", "LUNA did not answer after 3 attempts", null);
        }
        return regionalLetters.getOrDefault(cpr, List.of()).stream()
                .filter(letter -> period.contains(letter.sentDate())).toList();
    }
}

package dk.sygesikring.application.port.out.luna;

import dk.sygesikring.domain.letter.RegionalLetterPeriod;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.Practitioner;
import java.util.List;
import java.util.Optional;

/**
 * LUNA, the regions' national register of GP registrations (INT-1). Every call may throw
 * {@link dk.sygesikring.application.port.out.ExternalSystemUnavailableException} when LUNA does not answer
 * after the adapter's retries or while its circuit breaker is open.
 */
public interface LunaPort {

    /**
     * Registers a doctor choice or a group change. The idempotency key makes a repeated call safe: LUNA answers
     * a key it has seen with the registration it made the first time, and registers nothing new.
     */
    LunaOutcome register(LunaRegistration registration, String idempotencyKey);

    /** What LUNA holds for the person: doctor choices, group changes, card orders, opt-outs (DOC-10). */
    List<LunaHistoryEntry> history(Cpr cpr);

    /** The person's opt-out of a physical health card, registered from the card app (CARD-10). */
    Optional<PhysicalCardOptOut> physicalCardOptOut(Cpr cpr);

    /** The practitioners LUNA knows, with capacity, closing limit and status (DOC-1). */
    List<Practitioner> practitioners();

    /**
     * The letters the regions sent the person within the period, both ends included, newest first; none for a person
     * LUNA does not know (LET-7).
     */
    List<RegionalLetter> regionalLetters(Cpr cpr, RegionalLetterPeriod period);
}

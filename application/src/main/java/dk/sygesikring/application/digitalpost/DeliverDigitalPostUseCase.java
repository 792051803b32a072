package dk.sygesikring.application.digitalpost;

/**
 * Delivers the letters waiting in the Digital Post outbox and moves their forløb on (LET-5, INT-4, INT-5). Safe to
 * run on every service instance at once: each letter is delivered by one of them.
 */
public interface DeliverDigitalPostUseCase {

    /** Delivers up to {@code max} due letters; stops early when Digital Post is unavailable. Returns how many were handled. */
    int deliverDue(int max);
}

package dk.sygesikring.application.luna;

/**
 * Delivers the registrations waiting in the outbox to LUNA and moves their forløb on (FORL-4, INT-5). Safe to run
 * on every service instance at once: each message is delivered by one of them.
 */
public interface DeliverLunaRegistrationsUseCase {

    /** Delivers up to {@code max} due messages; stops early when LUNA is unavailable. Returns how many were handled. */
    int deliverDue(int max);
}

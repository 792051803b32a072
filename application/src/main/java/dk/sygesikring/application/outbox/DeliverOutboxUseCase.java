package dk.sygesikring.application.outbox;

/**
 * Delivers the records due in the outbox to their external systems and moves their forløb on (FORL-4, INT-5). Safe
 * to run on every service instance at once: each record is delivered by one of them.
 */
public interface DeliverOutboxUseCase {

    /**
     * Handles up to {@code max} due records, one transaction each. A system found unavailable gets no more calls in
     * this batch; the others go on.
     *
     * @return how many records were handled (answered, or found their system unavailable)
     */
    int deliverDue(int max);
}

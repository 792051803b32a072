package dk.sygesikring.application.outbox;

import dk.sygesikring.application.port.out.TransactionPort;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How an outbox is worked off: one message per transaction, until {@code max} are handled, none is due, or the
 * external system is found unavailable (the rest waits for their next attempt: no point calling a system that is down).
 */
public final class OutboxBatch {

    /** What became of one message. */
    public enum Step { HANDLED, SYSTEM_UNAVAILABLE }

    private OutboxBatch() {
    }

    /**
     * @param deliverNext claims and delivers the next due message inside the transaction it is given; empty when
     *                    none is due
     * @return how many messages were handled
     */
    public static int deliver(int max, TransactionPort transactions, Supplier<Optional<Step>> deliverNext) {
        int handled = 0;
        while (handled < max) {
            Optional<Step> step = transactions.inTransaction(deliverNext);
            if (step.isEmpty()) {
                break;
            }
            handled++;
            if (step.get() == Step.SYSTEM_UNAVAILABLE) {
                break;
            }
        }
        return handled;
    }
}

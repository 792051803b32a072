package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.TransactionPort;
import java.util.function.Supplier;

/** Runs the work at once and counts the transactions asked for: a use-case test sees how work is cut up. */
public final class CountingTransactions implements TransactionPort {

    private int count;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        count++;
        return work.get();
    }

    public int count() {
        return count;
    }
}

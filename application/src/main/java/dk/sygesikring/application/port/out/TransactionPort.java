package dk.sygesikring.application.port.out;

import java.util.function.Supplier;

/** Runs work in one database transaction: all of it is stored, or none of it. */
public interface TransactionPort {
    <T> T inTransaction(Supplier<T> work);
}

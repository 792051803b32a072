package dk.sygesikring.adapters.persistence;

import dk.sygesikring.application.port.out.TransactionPort;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/** The application's unit of work, on Micronaut's JDBC transaction manager. */
@Singleton
class TransactionAdapter implements TransactionPort {

    private final TransactionOperations<Connection> transactions;

    TransactionAdapter(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }
}

package dk.sygesikring.application.deadline;

import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.forloeb.ForloebId;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class DeadlineService implements DeadlineReachedUseCase {

    private final List<DeadlineHandler> handlers;
    private final TransactionPort transactions;

    public DeadlineService(List<DeadlineHandler> handlers, TransactionPort transactions) {
        this.handlers = handlers;
        this.transactions = transactions;
    }

    @Override
    public void deadlineReached(Deadline.Kind kind, ForloebId forloebId) {
        List<DeadlineHandler> ofKind = handlers.stream().filter(candidate -> candidate.kind() == kind).toList();
        if (ofKind.isEmpty()) {
            throw new IllegalStateException("no handler for " + kind + " deadlines");
        }
        transactions.inTransaction(() -> {
            ofKind.forEach(handler -> handler.reached(forloebId));
            return null;
        });
    }
}

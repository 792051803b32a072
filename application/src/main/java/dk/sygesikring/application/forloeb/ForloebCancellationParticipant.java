package dk.sygesikring.application.forloeb;

import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.result.Refusal;
import java.time.Instant;
import java.util.Optional;

/**
 * A use case whose own records follow a forløb when it is cancelled (FORL-3), e.g. a doctor choice, its reserved
 * place and its deadlines. Both calls run in the cancelling transaction.
 */
public interface ForloebCancellationParticipant {

    /** Why this forløb cannot be cancelled; asked before anything changes. Empty when it can, or it is not ours. */
    Optional<Refusal> refusalToCancel(Forloeb forloeb, Creator by, Instant at);

    /**
     * Asked once no participant refuses, before the forløb is cancelled: calls back what an external system holds
     * for the forløb and cannot be withdrawn by the outbox (CARD-9: an order at the card supplier). The external
     * system may still refuse; what it did withdraw before refusing is recorded here. Empty when it can go on.
     */
    default Optional<Refusal> withdrawExternally(Forloeb forloeb, Creator by, Instant at) {
        return Optional.empty();
    }

    /** The forløb is being cancelled. */
    void cancelled(Forloeb forloeb, Creator by, Instant at);
}

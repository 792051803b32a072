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

    /** The forløb is being cancelled. */
    void cancelled(Forloeb forloeb, Creator by, Instant at);
}

package dk.sygesikring.application.card;

import dk.sygesikring.application.idempotency.IdempotencyKey;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.person.Cpr;
import java.util.Objects;

/**
 * "Udsted midlertidigt sundhedskort" (CARD-4): a caseworker issues a temporary card for one person, of any
 * municipality, at any time; no card is ordered.
 *
 * @param idempotencyKey null when the request has none
 */
public record IssueTemporaryCardCommand(Actor actor, Cpr cpr, IdempotencyKey idempotencyKey) {

    public IssueTemporaryCardCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(cpr, "cpr");
    }

    /** What makes two requests the same request for the Idempotency-Key. */
    String fingerprint() {
        return "temporary-card:" + cpr.value();
    }
}

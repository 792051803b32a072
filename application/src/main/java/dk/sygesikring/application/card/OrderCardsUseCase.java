package dk.sygesikring.application.card;

import dk.sygesikring.domain.result.Outcome;

/** "Bestil sundhedskort" (CARD-1..CARD-3, CARD-13, PAY-3). */
public interface OrderCardsUseCase {

    /** The card-order forløb and its orders; once per Idempotency-Key. */
    Outcome<CardOrderCase> order(OrderCardsCommand command);
}

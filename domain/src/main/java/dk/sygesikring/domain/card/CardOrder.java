package dk.sygesikring.domain.card;

import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One person's health card, ordered (CARD-1, CARD-2): what it shows, where it goes, what it costs and how far it has
 * come. An order is never deleted; its forløb may be cancelled until the card is drawn (CARD-9). Immutable: each
 * change returns the changed order.
 *
 * @param id         also the card supplier's idempotency key and the id its reports name
 * @param forloebId  the card-order forløb, or the forløb that caused the order (a doctor choice, a group change)
 * @param activityId the forløb's ORDER_CARD activity this order closes
 * @param explicit   ordered by a citizen or caseworker ("Bestil sundhedskort"), not caused by another change: such an
 *                   order always makes a card (CARD-8, CARD-10)
 */
public record CardOrder(UUID id, ForloebId forloebId, UUID activityId, Cpr cpr, MunicipalityCode municipality,
                        CardOrderReason reason, boolean explicit, Creator orderedBy, Instant createdAt, HealthCard card,
                        CardDelivery delivery, CardFeeDecision fee, CardPayment payment, CardOrderState state) {

    public static final Refusal ALREADY_DRAWN = Refusal.conflict("card-already-drawn", "CARD-9",
            "The card has been drawn at the card supplier and will be made and posted; its forløb can no longer be cancelled");

    public CardOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(forloebId, "forloebId");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(orderedBy, "orderedBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(state, "state");
        if (!card.cpr().equals(cpr)) {
            throw new IllegalArgumentException("the card of " + card.cpr().value() + " in the order of " + cpr.value());
        }
        if (fee.isCharged() == (payment instanceof CardPayment.Free)) {
            throw new IllegalArgumentException("a charged card has a way to pay and a free one none: " + fee + ", " + payment);
        }
    }

    /** Due to go to the supplier on {@code orderOn}, or at once when that day has come. */
    public CardOrder waitingUntil(LocalDate orderOn) {
        return with(new CardOrderState.WaitingToOrder(orderOn));
    }

    /** CARD-12: the amount is reserved: the card waits for its day as any other. */
    public CardOrder paid() {
        return state instanceof CardOrderState.AwaitingPayment awaiting
                ? with(new CardOrderState.WaitingToOrder(awaiting.orderOn())) : this;
    }

    /** Handed to the outbox for the supplier. */
    public CardOrder sent(Instant at) {
        requireState(CardOrderState.WaitingToOrder.class);
        return with(new CardOrderState.Ordered(at));
    }

    /** The supplier took the order. A receipt after a report that the order has come further changes nothing. */
    public CardOrder receivedBySupplier(String supplierReference, Instant at) {
        return state.progress() == 1 ? with(new CardOrderState.AtSupplier(at, supplierReference)) : this;
    }

    /** CARD-10: about to leave for the supplier, the order turns out to make no card. */
    public CardOrder notOrdered(NotOrderedBecause because) {
        return state.progress() <= 1 && state.isUnderway() ? with(new CardOrderState.NotOrdered(because)) : this;
    }

    /** The supplier would not make the card. */
    public CardOrder refusedBySupplier(String reason, Instant at) {
        return state.progress() == 1 ? with(new CardOrderState.RefusedBySupplier(reason, at)) : this;
    }

    /**
     * The supplier reports the card drawn or dispatched. Forward only: a report the order has passed, or one
     * repeated, changes nothing, and a dispatch reported before the draw is a dispatch.
     */
    public CardOrder reported(SupplierStatus status, String supplierReference, Instant at) {
        if (!state.isUnderway() || state.progress() == 0) {
            return this;
        }
        CardOrderState reportedState = switch (status) {
            case DRAWN -> new CardOrderState.Drawn(at, supplierReference);
            case DISPATCHED -> new CardOrderState.Dispatched(at, supplierReference);
        };
        return reportedState.progress() > state.progress() ? with(reportedState) : this;
    }

    public boolean isDispatched() {
        return state instanceof CardOrderState.Dispatched;
    }

    /** CARD-9: until the card is drawn. An order that makes no card, or is already cancelled, is left as it is. */
    public Outcome<CardOrder> cancel(Creator by, Instant at) {
        if (state.progress() >= 3) {
            return Outcome.refused(ALREADY_DRAWN);
        }
        return Outcome.success(state.isUnderway() ? with(new CardOrderState.Cancelled(at, by)) : this);
    }

    private void requireState(Class<? extends CardOrderState> expected) {
        if (!expected.isInstance(state)) {
            throw new IllegalStateException("card order " + id + " is " + state + ", not " + expected.getSimpleName());
        }
    }

    private CardOrder with(CardOrderState newState) {
        return new CardOrder(id, forloebId, activityId, cpr, municipality, reason, explicit, orderedBy, createdAt, card, delivery,
                fee, payment, newState);
    }
}

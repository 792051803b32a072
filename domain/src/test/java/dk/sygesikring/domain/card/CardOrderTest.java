package dk.sygesikring.domain.card;

import static dk.sygesikring.domain.card.CardFixtures.CASEWORKER;
import static dk.sygesikring.domain.card.CardFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.domain.result.Outcome;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CardOrderTest {

    private static final Instant LATER = NOW.plusSeconds(3600);

    @Test
    @DisplayName("The supplier's reports move an order forward only: repeated, late or out-of-order reports change nothing")
    void reportsMoveForwardOnly() {
        CardOrder atSupplier = CardFixtures.ordered().receivedBySupplier("S-1", NOW);
        CardOrder drawn = atSupplier.reported(SupplierStatus.DRAWN, "S-1", LATER);
        assertThat(drawn.state()).isEqualTo(new CardOrderState.Drawn(LATER, "S-1"));
        assertThat(drawn.reported(SupplierStatus.DRAWN, "S-1", LATER.plusSeconds(5))).isEqualTo(drawn);

        CardOrder dispatched = drawn.reported(SupplierStatus.DISPATCHED, "S-1", LATER.plusSeconds(60));
        assertThat(dispatched.isDispatched()).isTrue();
        assertThat(dispatched.reported(SupplierStatus.DRAWN, "S-1", LATER.plusSeconds(90))).isEqualTo(dispatched);
        assertThat(dispatched.reported(SupplierStatus.DISPATCHED, "S-1", LATER.plusSeconds(90))).isEqualTo(dispatched);
        assertThat(dispatched.receivedBySupplier("S-1", LATER.plusSeconds(99))).isEqualTo(dispatched);

        // a dispatch reported before the draw, even before the supplier's receipt reached us, is a dispatch
        CardOrder early = CardFixtures.ordered().reported(SupplierStatus.DISPATCHED, "S-2", LATER);
        assertThat(early.isDispatched()).isTrue();
        assertThat(early.receivedBySupplier("S-2", NOW)).isEqualTo(early);
    }

    @Test
    @DisplayName("CARD-9: a card order's forløb can be cancelled until the card is drawn at the card supplier, never after")
    void CARD9_cancelUntilDrawn() {
        CardOrder ordered = CardFixtures.ordered();
        assertThat(success(ordered.cancel(CASEWORKER, LATER)).state()).isEqualTo(new CardOrderState.Cancelled(LATER, CASEWORKER));
        CardOrder atSupplier = ordered.receivedBySupplier("S-1", NOW);
        assertThat(success(atSupplier.cancel(CASEWORKER, LATER)).state()).isInstanceOf(CardOrderState.Cancelled.class);
        CardOrder waiting = new CardOrder(ordered.id(), ordered.forloebId(), ordered.activityId(), ordered.cpr(),
                ordered.municipality(), ordered.reason(), ordered.explicit(), ordered.orderedBy(), ordered.createdAt(), ordered.card(),
                ordered.delivery(), ordered.fee(), ordered.payment(), new CardOrderState.WaitingToOrder(CardFixtures.TODAY.plusDays(3)));
        assertThat(success(waiting.cancel(CASEWORKER, LATER)).state()).isInstanceOf(CardOrderState.Cancelled.class);

        CardOrder drawn = atSupplier.reported(SupplierStatus.DRAWN, "S-1", LATER);
        assertThat(drawn.cancel(CASEWORKER, LATER)).isEqualTo(Outcome.refused(CardOrder.ALREADY_DRAWN));
        assertThat(drawn.reported(SupplierStatus.DISPATCHED, "S-1", LATER).cancel(CASEWORKER, LATER))
                .isEqualTo(Outcome.refused(CardOrder.ALREADY_DRAWN));
    }

    @Test
    @DisplayName("CARD-9: a cancelled order is kept, and a late report about it does not revive it")
    void CARD9_cancelledOrderIsKept() {
        CardOrder cancelled = success(CardFixtures.ordered().cancel(CASEWORKER, LATER));
        assertThat(cancelled.reported(SupplierStatus.DISPATCHED, "S-1", LATER)).isEqualTo(cancelled);
        assertThat(success(cancelled.cancel(CASEWORKER, LATER.plusSeconds(1)))).isEqualTo(cancelled);
    }

    @Test
    @DisplayName("A charged card has a way to pay, a free one none")
    void feeAndPaymentAgree() {
        CardOrder free = CardFixtures.ordered();
        assertThatThrownBy(() -> new CardOrder(free.id(), free.forloebId(), free.activityId(), free.cpr(), free.municipality(),
                CardOrderReason.LOST, true, free.orderedBy(), free.createdAt(), free.card(), free.delivery(),
                new CardFeeDecision.Charged(new java.math.BigDecimal("200")), new CardPayment.Free(), free.state()))
                .isInstanceOf(IllegalArgumentException.class);
        new CardOrder(free.id(), free.forloebId(), free.activityId(), free.cpr(), free.municipality(),
                CardOrderReason.LOST, true, free.orderedBy(), free.createdAt(), free.card(), free.delivery(),
                new CardFeeDecision.Charged(new java.math.BigDecimal("200")), new CardPayment.AtMunicipality(Optional.of("Kommune-Kasse")),
                free.state());
    }

    private static <T> T success(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Success.class);
        return ((Outcome.Success<T>) outcome).value();
    }
}

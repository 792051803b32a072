package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierCancellation;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierOrder;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierOutcome;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierPort;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The card supplier as the port sees it: it takes an order once per id (a repeated id answers the first receipt),
 * draws the orders it is told to draw, withdraws the others, refuses the ones it is told to refuse, and can be down.
 * Every call is recorded.
 */
public final class FakeCardSupplier implements CardSupplierPort {

    private final Clock clock;
    private final Map<UUID, CardSupplierOutcome> received = new HashMap<>();
    private final Map<UUID, Instant> drawn = new HashMap<>();
    private final Set<UUID> refused = new HashSet<>();
    public final List<CardSupplierOrder> calls = new ArrayList<>();
    public final List<UUID> cancelled = new ArrayList<>();
    private boolean down;

    public FakeCardSupplier(Clock clock) {
        this.clock = clock;
    }

    public void down(boolean isDown) {
        down = isDown;
    }

    /** The supplier draws the order: from now on it cannot be withdrawn. */
    public void draw(UUID orderId) {
        drawn.put(orderId, clock.instant());
    }

    public void refuse(UUID orderId) {
        refused.add(orderId);
    }

    /** The orders the supplier holds: each once, however often it was sent. */
    public Set<UUID> ordersHeld() {
        return received.keySet();
    }

    @Override
    public CardSupplierOutcome order(CardSupplierOrder order) {
        calls.add(order);
        if (down) {
            throw new ExternalSystemUnavailableException("Card supplier", "the card supplier did not answer", null);
        }
        return received.computeIfAbsent(order.orderId(), id -> refused.contains(id)
                ? new CardSupplierOutcome.Rejected("the supplier cannot print this card")
                : new CardSupplierOutcome.Accepted("S-" + received.size(), clock.instant()));
    }

    @Override
    public CardSupplierCancellation cancel(UUID orderId) {
        if (down) {
            throw new ExternalSystemUnavailableException("Card supplier", "the card supplier did not answer", null);
        }
        if (drawn.containsKey(orderId)) {
            return new CardSupplierCancellation.AlreadyDrawn(drawn.get(orderId));
        }
        if (!received.containsKey(orderId)) {
            return new CardSupplierCancellation.NotKnown();
        }
        cancelled.add(orderId);
        return new CardSupplierCancellation.Cancelled(clock.instant());
    }
}

package dk.sygesikring.simulators.cardsupplier;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The simulator's card production: every order taken, by id, and where it is. Every method holds the lock, so two
 * requests with one id place one order, and a cancellation and a draw of one order cannot both succeed. Each draw and
 * dispatch hands its report to the reporter while the lock is held, so the reports of one order are queued in the
 * order they happened.
 */
final class CardOrders {

    /** The answer to an order. */
    sealed interface Placing {

        /** Taken now, or, when {@code replayed}, earlier with the same id and the same order. */
        record Received(PlacedOrder order, boolean replayed) implements Placing {
        }

        /** The id came before with another order. */
        record KeyReused() implements Placing {
        }
    }

    /** The answer to a withdrawal. */
    sealed interface Cancelling {

        /** Withdrawn now, or earlier (the same time again). */
        record Cancelled(PlacedOrder order) implements Cancelling {
        }

        record AlreadyDrawn(PlacedOrder order) implements Cancelling {
        }

        record NotKnown() implements Cancelling {
        }
    }

    private final Clock clock;
    private final Consumer<Report> reports;
    private final Map<UUID, PlacedOrder> orders = new LinkedHashMap<>();

    CardOrders(Clock clock, Consumer<Report> reports) {
        this.clock = clock;
        this.reports = reports;
    }

    /** Places once per id: the same order again gets the first receipt back, another order with the id is refused. */
    synchronized Placing place(CardOrder order) {
        PlacedOrder earlier = orders.get(order.orderId());
        if (earlier != null) {
            return earlier.order().equals(order) ? new Placing.Received(earlier, true) : new Placing.KeyReused();
        }
        String reference = "CS-%06d".formatted(orders.size() + 1);
        PlacedOrder placed = PlacedOrder.received(order, reference, now());
        orders.put(order.orderId(), placed);
        return new Placing.Received(placed, false);
    }

    /** CARD-9: only an order not yet drawn is withdrawn; a repeated withdrawal answers as the first. */
    synchronized Cancelling cancel(UUID orderId) {
        PlacedOrder order = orders.get(orderId);
        if (order == null) {
            return new Cancelling.NotKnown();
        }
        if (order.isDrawn()) {
            return new Cancelling.AlreadyDrawn(order);
        }
        if (order.status() == OrderStatus.RECEIVED) {
            order = order.cancelled(now());
            orders.put(orderId, order);
        }
        return new Cancelling.Cancelled(order);
    }

    /**
     * Draws a received order and reports it; a drawn or dispatched order stays as it is.
     *
     * @throws NoSuchElementException for an unknown order
     * @throws IllegalStateException    for a cancelled one
     */
    synchronized PlacedOrder draw(UUID orderId) {
        PlacedOrder order = produced(orderId);
        if (order.status() != OrderStatus.RECEIVED) {
            return order;
        }
        PlacedOrder drawn = order.drawn(now());
        orders.put(orderId, drawn);
        reports.accept(Report.of(drawn, OrderStatus.DRAWN, drawn.drawnAt()));
        return drawn;
    }

    /** Dispatches an order, drawing it first if it is not drawn; a dispatched order stays as it is. Throws as draw. */
    synchronized PlacedOrder dispatch(UUID orderId) {
        PlacedOrder order = draw(orderId);
        if (order.status() == OrderStatus.DISPATCHED) {
            return order;
        }
        PlacedOrder dispatched = order.dispatched(now());
        orders.put(orderId, dispatched);
        reports.accept(Report.of(dispatched, OrderStatus.DISPATCHED, dispatched.dispatchedAt()));
        return dispatched;
    }

    /** Draws and dispatches every order received or drawn so far, in the order received; the orders it moved. */
    synchronized List<PlacedOrder> runProduction() {
        List<PlacedOrder> moved = new ArrayList<>();
        for (PlacedOrder order : List.copyOf(orders.values())) {
            if (order.status() == OrderStatus.RECEIVED || order.status() == OrderStatus.DRAWN) {
                moved.add(dispatch(order.order().orderId()));
            }
        }
        return moved;
    }

    synchronized Optional<PlacedOrder> find(UUID orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    /** In the order received. */
    synchronized List<PlacedOrder> all() {
        return List.copyOf(orders.values());
    }

    private PlacedOrder produced(UUID orderId) {
        PlacedOrder order = orders.get(orderId);
        if (order == null) {
            throw new NoSuchElementException("no order with id " + orderId);
        }
        if (order.status() == OrderStatus.CANCELLED) {
            throw new IllegalStateException("order " + orderId + " was cancelled: no card is made");
        }
        return order;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

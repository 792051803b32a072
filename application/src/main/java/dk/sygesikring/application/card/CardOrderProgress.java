package dk.sygesikring.application.card;

import dk.sygesikring.application.payment.CardPayments;
import dk.sygesikring.application.port.out.CardOrderStorePort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.card.NotOrderedBecause;
import dk.sygesikring.domain.configuration.TaskType;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * What an order's end means for its forløb: its ORDER_CARD activity closes, and the forløb completes when nothing
 * else is open (a doctor choice's forløb also waits for its letter). Runs in the caller's transaction.
 */
@Singleton
public class CardOrderProgress {

    static final Creator SUPPLIER = Creator.system("Kortleverandør");

    private final CardOrderStorePort orders;
    private final ForloebStorePort forloeb;
    private final LoadConfigurationPort configuration;
    private final CardPayments payments;
    private final Clock clock;

    public CardOrderProgress(CardOrderStorePort orders, ForloebStorePort forloeb, LoadConfigurationPort configuration,
                             CardPayments payments, Clock clock) {
        this.payments = payments;
        this.orders = orders;
        this.forloeb = forloeb;
        this.configuration = configuration;
        this.clock = clock;
    }

    /** The card is posted: the order is done, and its person's part of a payment by payment card is charged (CARD-12). */
    void dispatched(CardOrder order, Instant now) {
        orders.save(order);
        payments.dispatched(order);
        close(order, ActivityState.DONE, "Sundhedskort afsendt fra kortleverandøren", forloeb -> forloeb, now);
    }

    /** CARD-10: an automatic order that turned out to make no card. */
    void notOrdered(CardOrder order, NotOrderedBecause because, Instant now) {
        orders.save(order.notOrdered(because));
        close(order, ActivityState.DONE, because.danishNote() + " (" + because.rule() + ")", forloeb -> forloeb, now);
    }

    /** The supplier would not make the card: a caseworker's task says why (TASK-4). */
    void refusedBySupplier(CardOrder order, String reason, Instant now) {
        orders.save(order.refusedBySupplier(reason, now));
        LocalDate deadline = configuration.loadGlobal().taskDeadlines()
                .deadline(TaskType.CARD_NOT_MADE, LocalDate.ofInstant(now, clock.getZone()));
        close(order, ActivityState.FAILED, "Kortleverandøren afviste bestillingen: " + reason,
                failed -> failed.withActivity(Activity.open(ActivityType.MANUAL_TASK, now, deadline,
                        "Kortleverandøren afviste sundhedskortet til " + order.cpr().value() + ": " + reason)), now);
    }

    private void close(CardOrder order, ActivityState outcome, String note, UnaryOperator<Forloeb> then, Instant now) {
        forloeb.loadForUpdate(order.forloebId())
                .filter(Forloeb::isInProgress)
                .filter(found -> found.activities().stream().anyMatch(a -> a.id().equals(order.activityId()) && a.isOpen()))
                .ifPresent(waiting -> {
                    Forloeb closed = then.apply(waiting.closeActivity(order.activityId(), outcome, now, SUPPLIER, note))
                            .completeIfNothingOpen(now);
                    forloeb.save(closed);
                    if (!closed.isInProgress()) {
                        payments.release(closed.id()); // PAY-1: what no card was charged for (one withdrawn meanwhile)
                    }
                });
    }
}

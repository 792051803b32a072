package dk.sygesikring.application.card;

import dk.sygesikring.domain.card.CardOrderReason;
import dk.sygesikring.domain.card.CardPayment;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The cards a change orders by itself (CARD-2): a doctor choice in effect, a group change, later the CPR events
 * (CARD-7, CARD-11). Each person gets their own order in the forløb of the change (DOC-12). A person for whom no
 * card can be made gets the order's activity closed with the reason, so the forløb can still complete.
 */
@Singleton
public class AutomaticCardOrders {

    private final CardOrdering ordering;
    private final Clock clock;

    public AutomaticCardOrders(CardOrdering ordering, Clock clock) {
        this.ordering = ordering;
        this.clock = clock;
    }

    /**
     * Orders the cards in {@code forloeb}, valid from {@code validFrom} (CARD-5: ordered ahead of a later date).
     *
     * @param payment how a charged card is paid (a choice of one's own is charged, CARD-3)
     */
    public Forloeb order(Forloeb forloeb, List<Cpr> persons, CardOrderReason reason, LocalDate validFrom, Creator by,
                         CardPayment payment) {
        return order(forloeb, persons, reason, validFrom, by, payment, Optional.empty());
    }

    /** The same, none of them sent to the supplier before {@code notBefore} (CARD-7). */
    public Forloeb order(Forloeb forloeb, List<Cpr> persons, CardOrderReason reason, LocalDate validFrom, Creator by,
                         CardPayment payment, Optional<LocalDate> notBefore) {
        Forloeb ordering = forloeb;
        for (Cpr person : persons) {
            CardRequest request = new CardRequest(person, reason, validFrom, Optional.empty(), payment, notBefore);
            Forloeb current = ordering;
            ordering = switch (this.ordering.prepare(forloeb.municipality(), request, CardOrdering.Source.AUTOMATIC)) {
                case Outcome.Success<CardOrdering.Prepared> prepared -> this.ordering.place(current, prepared.value(), by).forloeb();
                case Outcome.Refused<CardOrdering.Prepared> refused -> noCard(current, person, refused, by);
            };
        }
        return ordering;
    }

    private Forloeb noCard(Forloeb forloeb, Cpr person, Outcome.Refused<CardOrdering.Prepared> refused, Creator by) {
        Instant now = clock.instant();
        Activity activity = Activity.open(ActivityType.ORDER_CARD, now, null, "Sundhedskort bestilles for " + person.value());
        return forloeb.withActivity(activity).closeActivity(activity.id(), ActivityState.DONE, now, by,
                "Intet sundhedskort: " + refused.refusal().detail() + " (" + refused.refusal().rule() + ")");
    }
}

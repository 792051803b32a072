package dk.sygesikring.application.card;

import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.forloeb.Forloeb;
import java.util.List;

/** A forløb and the card orders it made. */
public record CardOrderCase(Forloeb forloeb, List<CardOrder> orders) {

    public CardOrderCase {
        orders = List.copyOf(orders);
    }
}

package dk.sygesikring.application.card;

import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.payment.Payment;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A forløb, the card orders it made, and the citizen's payment for them when they pay by payment card (PAY-2). */
public record CardOrderCase(Forloeb forloeb, List<CardOrder> orders, Optional<Payment> payment) {

    public CardOrderCase {
        orders = List.copyOf(orders);
        Objects.requireNonNull(payment, "payment");
    }
}

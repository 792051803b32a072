package dk.sygesikring.application.card;

import dk.sygesikring.domain.card.CardFeeDecision;
import dk.sygesikring.domain.card.CardOrderReason;
import dk.sygesikring.domain.person.Cpr;
import java.math.BigDecimal;
import java.util.List;

/** PAY-2: the fee of each card of an order, and what they come to together. */
public record CardFeeQuote(List<Card> cards) {

    public CardFeeQuote {
        cards = List.copyOf(cards);
    }

    public BigDecimal total() {
        return cards.stream().map(card -> card.fee().kroner()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public record Card(Cpr cpr, CardOrderReason reason, CardFeeDecision fee) {
    }
}

package dk.sygesikring.application.card;

import dk.sygesikring.application.idempotency.IdempotencyKey;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.card.CardOrderReason;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Refusal;
import dk.sygesikring.domain.result.RefusedException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "Bestil sundhedskort": order a card for one or more persons, each with the reason (CARD-2); the first is the main
 * person of the card-order forløb. An explicit order always makes a card (CARD-8, CARD-10).
 *
 * @param paymentChannel PAY-3: how a caseworker's order with a fee is paid, one of the municipality's channels
 */
public record OrderCardsCommand(Actor actor, List<CardToOrder> cards, Optional<String> paymentChannel,
                                IdempotencyKey idempotencyKey) {

    public static final Refusal PERSON_TWICE = Refusal.unprocessable("person-named-twice", "PER-6",
            "Each person is named once in a card order");

    /** @param cardValidFrom for a cracked card, the valid-from date on it (CARD-3 exemption 8) */
    public record CardToOrder(Cpr cpr, CardOrderReason reason, Optional<LocalDate> cardValidFrom) {
        public CardToOrder {
            Objects.requireNonNull(cpr, "cpr");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(cardValidFrom, "cardValidFrom");
            if (reason.needsCardValidFrom() && cardValidFrom.isEmpty()) {
                // the edge names the field before a command is made
                throw new IllegalArgumentException("a cracked card's order gives the card's valid-from date");
            }
        }
    }

    public OrderCardsCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(paymentChannel, "paymentChannel");
        cards = List.copyOf(cards);
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("a card order names at least one person");
        }
        if (cards.stream().map(CardToOrder::cpr).distinct().count() != cards.size()) {
            throw new RefusedException(PERSON_TWICE);
        }
    }

    public Cpr mainPerson() {
        return cards.get(0).cpr();
    }

    public List<Cpr> cprs() {
        return cards.stream().map(CardToOrder::cpr).toList();
    }

    /** What makes two requests the same request for the Idempotency-Key. */
    String fingerprint() {
        return "card-order:" + cards.stream().map(card -> card.cpr().value() + "=" + card.reason()
                        + card.cardValidFrom().map(day -> "@" + day).orElse(""))
                .collect(Collectors.joining(",")) + ":" + paymentChannel.orElse("-");
    }
}

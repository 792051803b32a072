package dk.sygesikring.application.card;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.payment.Payment;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reading card orders, and what cards would cost (CARD-1, CARD-3, PAY-2, ROLE-5 "Mine sager"). */
public interface CardOrdersUseCase {

    /** PAY-2: the fee of each card as an order today would charge it, for persons the actor acts for. */
    Outcome<CardFeeQuote> quote(Actor actor, List<OrderCardsCommand.CardToOrder> cards);

    Outcome<CardOrder> read(Actor reader, UUID cardOrderId);

    /** A citizen's payment by payment card, for those who may read its payer. */
    Outcome<Payment> payment(Actor reader, UUID paymentId);

    /** The payment by payment card of a forløb (a doctor choice's, CARD-12), for those who may read its payer. */
    Optional<Payment> paymentOf(Actor reader, ForloebId forloebId);

    /** The person's card orders, newest first. */
    Outcome<List<CardOrder>> ofPerson(Actor reader, Cpr cpr);
}

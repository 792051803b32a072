package dk.sygesikring.adapters.rest.card;

import dk.sygesikring.api.model.CardOrderDto;
import dk.sygesikring.api.model.CardPaymentDto;
import dk.sygesikring.api.model.ForloebDto;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.payment.Payment;
import java.util.Optional;

/** Payments and card orders as the contract shows them, for the controllers outside this package. */
public final class CardPayments {

    private CardPayments() {
    }

    /** A forløb with its payment by payment card, when it has one the reader may see (CARD-12). */
    public static ForloebDto withPayment(ForloebDto forloeb, Optional<Payment> payment) {
        payment.ifPresent(made -> forloeb.payment(toDto(made)));
        return forloeb;
    }

    /** A doctor choice's or a forløb's payment (CARD-12). */
    public static CardPaymentDto toDto(Payment payment) {
        return CardOrderDtoMapper.toDto(payment);
    }

    /** The person overview's card of today (PER-8). */
    public static CardOrderDto toDto(CardOrder order) {
        return CardOrderDtoMapper.toDto(order);
    }
}

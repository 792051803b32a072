package dk.sygesikring.adapters.rest.card;

import dk.sygesikring.api.model.CardOrderDto;
import dk.sygesikring.api.model.CardPaymentDto;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.payment.Payment;

/** Payments and card orders as the contract shows them, for the controllers outside this package. */
public final class CardPayments {

    private CardPayments() {
    }

    /** A doctor choice's payment (CARD-12). */
    public static CardPaymentDto toDto(Payment payment) {
        return CardOrderDtoMapper.toDto(payment);
    }

    /** The person overview's card of today (PER-8). */
    public static CardOrderDto toDto(CardOrder order) {
        return CardOrderDtoMapper.toDto(order);
    }
}

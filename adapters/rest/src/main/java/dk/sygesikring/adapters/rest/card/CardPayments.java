package dk.sygesikring.adapters.rest.card;

import dk.sygesikring.api.model.CardPaymentDto;
import dk.sygesikring.domain.payment.Payment;

/** A payment as the contract shows it, for the controllers outside this package (a doctor choice's, CARD-12). */
public final class CardPayments {

    private CardPayments() {
    }

    public static CardPaymentDto toDto(Payment payment) {
        return CardOrderDtoMapper.toDto(payment);
    }
}

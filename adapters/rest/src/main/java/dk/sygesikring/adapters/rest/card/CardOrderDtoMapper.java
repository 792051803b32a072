package dk.sygesikring.adapters.rest.card;

import dk.sygesikring.adapters.rest.forloeb.ForloebDtoMapper;
import dk.sygesikring.api.model.CardOrderDeliveryDto;
import dk.sygesikring.api.model.CardOrderDto;
import dk.sygesikring.api.model.CardOrderFeeDecisionDto;
import dk.sygesikring.api.model.CardOrderFeeDto;
import dk.sygesikring.api.model.CardOrderPaymentDto;
import dk.sygesikring.api.model.CardOrderReasonDto;
import dk.sygesikring.api.model.CardOrderStatusDto;
import dk.sygesikring.api.model.CardPaymentDto;
import dk.sygesikring.api.model.CardPaymentItemsInnerDto;
import dk.sygesikring.api.model.CardPaymentItemsInnerStatusDto;
import dk.sygesikring.api.model.CardPaymentStatusDto;
import dk.sygesikring.api.model.FeeExemptionDto;
import dk.sygesikring.api.model.FeeExemptionNameDto;
import dk.sygesikring.api.model.GroupNumberDto;
import dk.sygesikring.api.model.HealthCardDto;
import dk.sygesikring.domain.card.CardDelivery;
import dk.sygesikring.domain.card.CardFeeDecision;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.card.CardOrderState;
import dk.sygesikring.domain.card.CardPayment;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.payment.Payment;
import dk.sygesikring.domain.payment.PaymentState;

/** A card order, and the card a card or a temporary card shows, as the contract shows them. */
final class CardOrderDtoMapper {

    private CardOrderDtoMapper() {
    }

    static CardOrderDto toDto(CardOrder order) {
        HealthCardDto cardDto = toDto(order.card());
        CardOrderDto dto = new CardOrderDto(order.id(), order.forloebId().value(), order.cpr().value(),
                CardOrderReasonDto.valueOf(order.reason().name()), order.explicit(), ForloebDtoMapper.actor(order.orderedBy()),
                ForloebDtoMapper.time(order.createdAt()), cardDto,
                order.delivery() instanceof CardDelivery.UnknownAddress ? CardOrderDeliveryDto.UNKNOWN_ADDRESS
                        : CardOrderDeliveryDto.ADDRESS,
                toDto(order.fee()), payment(order.payment()), status(order.state()));
        if (order.payment() instanceof CardPayment.AtMunicipality atMunicipality) {
            atMunicipality.channel().ifPresent(dto::paymentChannel);
        }
        if (order.payment() instanceof CardPayment.ByPaymentCard byCard) {
            dto.paymentId(byCard.paymentId());
        }
        switch (order.state()) {
            case CardOrderState.AwaitingPayment awaiting -> dto.orderOn(awaiting.orderOn());
            case CardOrderState.WaitingToOrder waiting -> dto.orderOn(waiting.orderOn());
            case CardOrderState.Ordered ordered -> dto.statusAt(ForloebDtoMapper.time(ordered.at()));
            case CardOrderState.AtSupplier at -> dto.statusAt(ForloebDtoMapper.time(at.receivedAt()));
            case CardOrderState.Drawn drawn -> dto.statusAt(ForloebDtoMapper.time(drawn.at()));
            case CardOrderState.Dispatched dispatched -> dto.statusAt(ForloebDtoMapper.time(dispatched.at()));
            case CardOrderState.Cancelled cancelled -> dto.statusAt(ForloebDtoMapper.time(cancelled.at()));
            case CardOrderState.RefusedBySupplier refused -> dto.statusAt(ForloebDtoMapper.time(refused.at()))
                    .supplierRefusal(refused.reason());
            case CardOrderState.NotOrdered notOrdered -> dto.notOrderedRule(notOrdered.because().rule())
                    .notOrderedText(notOrdered.because().danishNote());
        }
        return dto;
    }

    /** What the card shows (CARD-1), for card orders and temporary cards alike. */
    static HealthCardDto toDto(HealthCard card) {
        HealthCardDto cardDto = new HealthCardDto(card.name(), card.address(), GroupNumberDto.fromValue(card.group().number()),
                card.validFrom());
        card.doctor().ifPresent(doctor -> cardDto.providerNumber(doctor.providerNumber().value())
                .practiceName(doctor.practiceName()).practiceAddress(doctor.address()));
        return cardDto;
    }

    static CardPaymentDto toDto(Payment payment) {
        CardPaymentDto dto = new CardPaymentDto(payment.id(), payment.forloebId().value(), payment.payer().value(),
                payment.total(), CardPaymentStatusDto.valueOf(switch (payment.state()) {
                    case PaymentState.Creating creating -> "CREATING";
                    case PaymentState.AwaitingCheckout awaiting -> "AWAITING_CHECKOUT";
                    case PaymentState.Reserved reserved -> "RESERVED";
                    case PaymentState.CheckoutFailed failed -> "CHECKOUT_FAILED";
                    case PaymentState.Released released -> "RELEASED";
                }), payment.items().stream().map(item -> new CardPaymentItemsInnerDto(item.cpr().value(), item.kroner(),
                        CardPaymentItemsInnerStatusDto.valueOf(item.status().name()))).toList());
        if (payment.state() instanceof PaymentState.AwaitingCheckout awaiting) {
            dto.checkoutUrl(awaiting.checkoutUrl());
        }
        return dto;
    }

    static CardOrderFeeDto toDto(CardFeeDecision fee) {
        return switch (fee) {
            case CardFeeDecision.Charged charged -> new CardOrderFeeDto(charged.kroner(), CardOrderFeeDecisionDto.CHARGED);
            case CardFeeDecision.Exempt exempt -> new CardOrderFeeDto(exempt.kroner(), CardOrderFeeDecisionDto.EXEMPT)
                    .exemption(new FeeExemptionDto(exempt.exemption().number(),
                            FeeExemptionNameDto.valueOf(exempt.exemption().name()), exempt.exemption().danishText()));
            case CardFeeDecision.NotThePersonsDoing none -> new CardOrderFeeDto(none.kroner(), CardOrderFeeDecisionDto.NOT_THE_PERSONS_DOING);
        };
    }

    private static CardOrderPaymentDto payment(CardPayment payment) {
        return switch (payment) {
            case CardPayment.Free free -> CardOrderPaymentDto.FREE;
            case CardPayment.AtMunicipality atMunicipality -> CardOrderPaymentDto.AT_MUNICIPALITY;
            case CardPayment.ByPaymentCard byCard -> CardOrderPaymentDto.BY_PAYMENT_CARD;
        };
    }

    private static CardOrderStatusDto status(CardOrderState state) {
        return CardOrderStatusDto.valueOf(state.name());
    }
}

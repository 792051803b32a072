package dk.sygesikring.adapters.persistence.card;

import dk.sygesikring.domain.card.CardDelivery;
import dk.sygesikring.domain.card.CardFeeDecision;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.card.CardOrderReason;
import dk.sygesikring.domain.card.CardOrderState;
import dk.sygesikring.domain.card.CardPayment;
import dk.sygesikring.domain.card.FeeExemption;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.card.NotOrderedBecause;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A card order and its row, both ways: each sealed state and decision by its name and its own columns. */
final class CardOrderMapper {

    private CardOrderMapper() {
    }

    static CardOrderRow toRow(CardOrder order) {
        HealthCard card = order.card();
        Optional<HealthCard.CardDoctor> doctor = card.doctor();
        String feeDecision = switch (order.fee()) {
            case CardFeeDecision.Charged charged -> "CHARGED";
            case CardFeeDecision.Exempt exempt -> "EXEMPT";
            case CardFeeDecision.NotThePersonsDoing none -> "NOT_THE_PERSONS_DOING";
        };
        String exemption = order.fee() instanceof CardFeeDecision.Exempt exempt ? exempt.exemption().name() : null;
        String payment = switch (order.payment()) {
            case CardPayment.Free free -> "FREE";
            case CardPayment.AtMunicipality atMunicipality -> "AT_MUNICIPALITY";
            case CardPayment.ByPaymentCard byCard -> "BY_PAYMENT_CARD";
        };
        String channel = order.payment() instanceof CardPayment.AtMunicipality at ? at.channel().orElse(null) : null;
        UUID paymentId = order.payment() instanceof CardPayment.ByPaymentCard byCard ? byCard.paymentId() : null;
        StateColumns state = StateColumns.of(order.state());
        return new CardOrderRow(order.id(), order.forloebId().value(), order.activityId(), order.cpr().value(),
                order.municipality().value(), order.reason().name(), order.explicit(), order.orderedBy().kind().name(),
                order.orderedBy().id(), order.createdAt(), card.name(), card.address(), (short) card.group().number(),
                doctor.map(d -> d.providerNumber().value()).orElse(null), doctor.map(HealthCard.CardDoctor::practiceName).orElse(null),
                doctor.map(HealthCard.CardDoctor::address).orElse(null), card.validFrom(),
                order.delivery() instanceof CardDelivery.UnknownAddress ? "UNKNOWN_ADDRESS" : "ADDRESS",
                feeDecision, order.fee().kroner(), exemption, payment, channel, paymentId, state.name(), state.orderOn(),
                state.at(), state.byKind(), state.byId(), state.supplierReference(), state.supplierRefusal(),
                state.notOrderedBecause());
    }

    static CardOrder toOrder(CardOrderRow row) {
        Cpr cpr = Cpr.of(row.cpr());
        MunicipalityCode municipality = MunicipalityCode.of(row.municipalityCode());
        Optional<HealthCard.CardDoctor> doctor = Optional.ofNullable(row.cardProviderNumber())
                .map(number -> new HealthCard.CardDoctor(ProviderNumber.of(number), row.cardPracticeName(),
                        row.cardPracticeAddress()));
        HealthCard card = new HealthCard(cpr, row.cardName(), row.cardAddress(),
                Sikringsgruppe.ofNumber(row.cardGroup()).orElseThrow(), doctor, row.cardValidFrom());
        CardDelivery delivery = row.delivery().equals("UNKNOWN_ADDRESS") ? new CardDelivery.UnknownAddress(municipality)
                : new CardDelivery.ToAddress(row.cardAddress());
        CardFeeDecision fee = switch (row.feeDecision()) {
            case "CHARGED" -> new CardFeeDecision.Charged(row.feeKroner());
            case "EXEMPT" -> new CardFeeDecision.Exempt(FeeExemption.valueOf(row.feeExemption()));
            case "NOT_THE_PERSONS_DOING" -> new CardFeeDecision.NotThePersonsDoing();
            default -> throw new IllegalStateException("unknown fee decision " + row.feeDecision());
        };
        CardPayment payment = switch (row.payment()) {
            case "FREE" -> new CardPayment.Free();
            case "AT_MUNICIPALITY" -> new CardPayment.AtMunicipality(Optional.ofNullable(row.paymentChannel()));
            case "BY_PAYMENT_CARD" -> new CardPayment.ByPaymentCard(row.paymentId());
            default -> throw new IllegalStateException("unknown payment " + row.payment());
        };
        return new CardOrder(row.id(), new ForloebId(row.forloebId()), row.activityId(), cpr, municipality,
                CardOrderReason.valueOf(row.reason()), row.explicit(),
                new Creator(Creator.Kind.valueOf(row.orderedByKind()), row.orderedById()), row.createdAt(), card, delivery,
                fee, payment, StateColumns.toState(row));
    }

    /** A state as its columns; those a state does not have are null. */
    private record StateColumns(String name, LocalDate orderOn, Instant at, String byKind, String byId,
                                String supplierReference, String supplierRefusal, String notOrderedBecause) {

        static StateColumns of(CardOrderState state) {
            return switch (state) {
                case CardOrderState.AwaitingPayment awaiting ->
                        new StateColumns("AWAITING_PAYMENT", awaiting.orderOn(), null, null, null, null, null, null);
                case CardOrderState.WaitingToOrder waiting ->
                        new StateColumns("WAITING_TO_ORDER", waiting.orderOn(), null, null, null, null, null, null);
                case CardOrderState.Ordered ordered ->
                        new StateColumns("ORDERED", null, ordered.at(), null, null, null, null, null);
                case CardOrderState.AtSupplier at -> new StateColumns("AT_SUPPLIER", null, at.receivedAt(), null, null,
                        at.supplierReference(), null, null);
                case CardOrderState.Drawn drawn -> new StateColumns("DRAWN", null, drawn.at(), null, null,
                        drawn.supplierReference(), null, null);
                case CardOrderState.Dispatched dispatched -> new StateColumns("DISPATCHED", null, dispatched.at(), null,
                        null, dispatched.supplierReference(), null, null);
                case CardOrderState.Cancelled cancelled -> new StateColumns("CANCELLED", null, cancelled.at(),
                        cancelled.by().kind().name(), cancelled.by().id(), null, null, null);
                case CardOrderState.RefusedBySupplier refused -> new StateColumns("REFUSED_BY_SUPPLIER", null,
                        refused.at(), null, null, null, refused.reason(), null);
                case CardOrderState.NotOrdered notOrdered -> new StateColumns("NOT_ORDERED", null, null, null, null,
                        null, null, notOrdered.because().name());
            };
        }

        static CardOrderState toState(CardOrderRow row) {
            return switch (row.state()) {
                case "AWAITING_PAYMENT" -> new CardOrderState.AwaitingPayment(row.orderOn());
                case "WAITING_TO_ORDER" -> new CardOrderState.WaitingToOrder(row.orderOn());
                case "ORDERED" -> new CardOrderState.Ordered(row.stateAt());
                case "AT_SUPPLIER" -> new CardOrderState.AtSupplier(row.stateAt(), row.supplierReference());
                case "DRAWN" -> new CardOrderState.Drawn(row.stateAt(), row.supplierReference());
                case "DISPATCHED" -> new CardOrderState.Dispatched(row.stateAt(), row.supplierReference());
                case "CANCELLED" -> new CardOrderState.Cancelled(row.stateAt(),
                        new Creator(Creator.Kind.valueOf(row.stateByKind()), row.stateById()));
                case "REFUSED_BY_SUPPLIER" -> new CardOrderState.RefusedBySupplier(row.supplierRefusal(), row.stateAt());
                case "NOT_ORDERED" -> new CardOrderState.NotOrdered(NotOrderedBecause.valueOf(row.notOrderedBecause()));
                default -> throw new IllegalStateException("unknown card-order state " + row.state());
            };
        }
    }
}

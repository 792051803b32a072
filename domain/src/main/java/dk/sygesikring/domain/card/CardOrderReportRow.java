package dk.sygesikring.domain.card;

import dk.sygesikring.domain.person.Cpr;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One card order as the accounting and ordering report shows it (AUD-2): what it cost, how it is paid and where it
 * stands, without the card it shows. A report of a national municipality's year reads a few hundred thousand of
 * these, so they carry only the columns the report needs.
 *
 * @param fee              the fee as decided when the order was made (CARD-3)
 * @param paymentChannel   for {@link Payment#AT_MUNICIPALITY}, the municipality's channel the caseworker chose (PAY-3)
 * @param notOrderedBecause for {@link Status#NOT_ORDERED}, the rule that made no card
 */
public record CardOrderReportRow(UUID cardOrderId, Instant createdAt, Cpr cpr, CardOrderReason reason,
                                 CardFeeDecision fee, Payment payment, Optional<String> paymentChannel, Status status,
                                 Optional<NotOrderedBecause> notOrderedBecause) {

    /** How the fee is paid, as {@link CardPayment} says it without the payment it names. */
    public enum Payment { FREE, AT_MUNICIPALITY, BY_PAYMENT_CARD }

    /** Where the order stands: the kind of its {@link CardOrderState}. */
    public enum Status {
        AWAITING_PAYMENT, WAITING_TO_ORDER, ORDERED, AT_SUPPLIER, DRAWN, DISPATCHED, CANCELLED, REFUSED_BY_SUPPLIER, NOT_ORDERED;

        /** The supplier has drawn or dispatched the card: it is made, and can no longer be cancelled (CARD-9). */
        public boolean cardMade() {
            return this == DRAWN || this == DISPATCHED;
        }

        /** The order ended without a card: cancelled (CARD-9), refused by the supplier, or not ordered (CARD-6/8/10). */
        public boolean endedWithoutCard() {
            return this == CANCELLED || this == REFUSED_BY_SUPPLIER || this == NOT_ORDERED;
        }
    }

    public CardOrderReportRow {
        Objects.requireNonNull(cardOrderId, "cardOrderId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(paymentChannel, "paymentChannel");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(notOrderedBecause, "notOrderedBecause");
        if (fee.isCharged() == (payment == Payment.FREE)) {
            throw new IllegalArgumentException("a charged card has a way to pay and a free one none: " + fee + ", " + payment);
        }
        if (paymentChannel.isPresent() && payment != Payment.AT_MUNICIPALITY) {
            throw new IllegalArgumentException("only a card paid at the municipality has a channel: " + payment);
        }
        if (notOrderedBecause.isPresent() != (status == Status.NOT_ORDERED)) {
            throw new IllegalArgumentException("an order not ordered, and only such, says why: " + status);
        }
    }

    /** The row of a whole order. */
    public static CardOrderReportRow of(CardOrder order) {
        Payment payment = switch (order.payment()) {
            case CardPayment.Free free -> Payment.FREE;
            case CardPayment.AtMunicipality atMunicipality -> Payment.AT_MUNICIPALITY;
            case CardPayment.ByPaymentCard byCard -> Payment.BY_PAYMENT_CARD;
        };
        Optional<String> channel = order.payment() instanceof CardPayment.AtMunicipality at ? at.channel() : Optional.empty();
        Optional<NotOrderedBecause> because = order.state() instanceof CardOrderState.NotOrdered notOrdered
                ? Optional.of(notOrdered.because()) : Optional.empty();
        return new CardOrderReportRow(order.id(), order.createdAt(), order.cpr(), order.reason(), order.fee(), payment,
                channel, statusOf(order.state()), because);
    }

    /**
     * The fee still due: a charged order's fee while it makes or has made a card; nothing for a free one or one that
     * ended without a card, whose reservation is released (PAY-1).
     */
    public BigDecimal dueKroner() {
        return fee.isCharged() && !status.endedWithoutCard() ? fee.kroner() : BigDecimal.ZERO;
    }

    private static Status statusOf(CardOrderState state) {
        return Status.valueOf(state.name());
    }
}

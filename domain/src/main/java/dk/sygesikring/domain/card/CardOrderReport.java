package dk.sygesikring.domain.card;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * AUD-2, the accounting and ordering report: a municipality's card orders of a period and their fees, in totals, per
 * reason (CARD-2) and per way of paying (PAY-1, PAY-3), with a row per order. Made from the rows in one pass: the
 * rows are read for the report anyway, so the totals cost no second read of the period.
 *
 * @param byReason  every reason, in the order of {@link CardOrderReason}
 * @param byPayment FREE, then AT_MUNICIPALITY per channel the orders name (the one without a channel first), then
 *                  BY_PAYMENT_CARD; FREE and BY_PAYMENT_CARD are always there
 * @param rows      one per order, by the time it was made
 */
public record CardOrderReport(MunicipalityCode municipality, ReportPeriod period, CardOrderReportTotals totals,
                              List<ReasonLine> byReason, List<PaymentLine> byPayment, List<CardOrderReportRow> rows) {

    /** The orders of one reason, and the fees due of them. */
    public record ReasonLine(CardOrderReason reason, int orders, BigDecimal dueKroner) {
    }

    /** The orders paid one way, through one channel at the municipality, and the fees due of them. */
    public record PaymentLine(CardOrderReportRow.Payment payment, Optional<String> paymentChannel, int orders,
                              BigDecimal dueKroner) {
    }

    public CardOrderReport {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(totals, "totals");
        byReason = List.copyOf(byReason);
        byPayment = List.copyOf(byPayment);
        rows = List.copyOf(rows);
    }

    /** The report of these rows, each an order of the municipality made in the period. */
    public static CardOrderReport of(MunicipalityCode municipality, ReportPeriod period, List<CardOrderReportRow> rows) {
        Tally tally = new Tally();
        for (CardOrderReportRow row : rows) {
            if (!period.contains(row.createdAt())) {
                throw new IllegalArgumentException("order " + row.cardOrderId() + " made at " + row.createdAt()
                        + " is outside the period " + period);
            }
            tally.add(row);
        }
        return new CardOrderReport(municipality, period, tally.totals(), tally.byReason(), tally.byPayment(), rows);
    }

    /** The counts and sums as the rows go by. */
    private static final class Tally {
        private int orders;
        private int cardsMade;
        private int charged;
        private BigDecimal chargedDue = BigDecimal.ZERO;
        private final Map<FeeExemption, Integer> exempt = new EnumMap<>(FeeExemption.class);
        private int notThePersonsDoing;
        private int cancelled;
        private int refused;
        private final Map<NotOrderedBecause, Integer> notOrdered = new EnumMap<>(NotOrderedBecause.class);
        private final Map<CardOrderReason, Line> reasons = new EnumMap<>(CardOrderReason.class);
        private final Line free = new Line();
        private final Line atMunicipalityWithoutChannel = new Line();
        private final Map<String, Line> channels = new TreeMap<>(Comparator.naturalOrder());
        private final Line byPaymentCard = new Line();

        void add(CardOrderReportRow row) {
            orders++;
            BigDecimal due = row.dueKroner();
            switch (row.fee()) {
                case CardFeeDecision.Charged fee -> {
                    charged++;
                    chargedDue = chargedDue.add(due);
                }
                case CardFeeDecision.Exempt fee -> exempt.merge(fee.exemption(), 1, Integer::sum);
                case CardFeeDecision.NotThePersonsDoing fee -> notThePersonsDoing++;
            }
            switch (row.status()) {
                case DRAWN, DISPATCHED -> cardsMade++;
                case CANCELLED -> cancelled++;
                case REFUSED_BY_SUPPLIER -> refused++;
                case NOT_ORDERED -> notOrdered.merge(row.notOrderedBecause().orElseThrow(), 1, Integer::sum);
                default -> {
                    // underway: counted only among the orders
                }
            }
            reasons.computeIfAbsent(row.reason(), reason -> new Line()).add(due);
            paymentLine(row).add(due);
        }

        private Line paymentLine(CardOrderReportRow row) {
            return switch (row.payment()) {
                case FREE -> free;
                case AT_MUNICIPALITY -> row.paymentChannel().map(channel -> channels.computeIfAbsent(channel, name -> new Line()))
                        .orElse(atMunicipalityWithoutChannel);
                case BY_PAYMENT_CARD -> byPaymentCard;
            };
        }

        CardOrderReportTotals totals() {
            return new CardOrderReportTotals(orders, cardsMade, charged, chargedDue, exempt, notThePersonsDoing,
                    cancelled, refused, notOrdered);
        }

        List<ReasonLine> byReason() {
            return Arrays.stream(CardOrderReason.values()).map(reason -> {
                Line line = reasons.getOrDefault(reason, new Line());
                return new ReasonLine(reason, line.orders, line.due());
            }).toList();
        }

        List<PaymentLine> byPayment() {
            List<PaymentLine> lines = new ArrayList<>();
            lines.add(free.as(CardOrderReportRow.Payment.FREE, Optional.empty()));
            if (atMunicipalityWithoutChannel.orders > 0) {
                lines.add(atMunicipalityWithoutChannel.as(CardOrderReportRow.Payment.AT_MUNICIPALITY, Optional.empty()));
            }
            channels.forEach((channel, line) -> lines.add(line.as(CardOrderReportRow.Payment.AT_MUNICIPALITY, Optional.of(channel))));
            lines.add(byPaymentCard.as(CardOrderReportRow.Payment.BY_PAYMENT_CARD, Optional.empty()));
            return lines;
        }
    }

    /** A count of orders and the sum of their fees due. */
    private static final class Line {
        private int orders;
        private BigDecimal due = BigDecimal.ZERO;

        void add(BigDecimal dueKroner) {
            orders++;
            due = due.add(dueKroner);
        }

        BigDecimal due() {
            return due.setScale(2);
        }

        PaymentLine as(CardOrderReportRow.Payment payment, Optional<String> channel) {
            return new PaymentLine(payment, channel, orders, due());
        }
    }
}

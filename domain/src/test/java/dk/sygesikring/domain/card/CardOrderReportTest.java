package dk.sygesikring.domain.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CardOrderReportTest {

    static final MunicipalityCode FAABORG_MIDTFYN = MunicipalityCode.of("430");
    static final ReportPeriod DECEMBER = new ReportPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
    static final Instant DAY = Instant.parse("2026-12-03T09:00:00Z");
    static final CardFeeDecision FEE = new CardFeeDecision.Charged(new BigDecimal("200"));

    final List<CardOrderReportRow> rows = new ArrayList<>();

    @Test
    @DisplayName("AUD-2 totals: orders, cards made, charged orders and the fees due, the free ones, the cancelled, refused and not ordered, in one pass")
    void AUD2_totals() {
        charged(CardOrderReason.LOST, CardOrderReportRow.Status.DISPATCHED, "Kommune-Kasse");
        charged(CardOrderReason.LOST, CardOrderReportRow.Status.DRAWN, "Kommune-Kasse");
        charged(CardOrderReason.DAMAGED, CardOrderReportRow.Status.AT_SUPPLIER, "Bankoverførsel");
        charged(CardOrderReason.DAMAGED, CardOrderReportRow.Status.CANCELLED, "Bankoverførsel");
        charged(CardOrderReason.CHANGED_DETAILS, CardOrderReportRow.Status.AWAITING_PAYMENT, null);
        row(CardOrderReason.NAME_CHANGE, FEE, CardOrderReportRow.Payment.BY_PAYMENT_CARD, Optional.empty(),
                CardOrderReportRow.Status.REFUSED_BY_SUPPLIER, Optional.empty());
        row(CardOrderReason.DOCTOR_CHANGE, FEE, CardOrderReportRow.Payment.AT_MUNICIPALITY, Optional.empty(),
                CardOrderReportRow.Status.ORDERED, Optional.empty());
        free(CardOrderReason.MOVE, new CardFeeDecision.Exempt(FeeExemption.MOVE), CardOrderReportRow.Status.DISPATCHED);
        free(CardOrderReason.MOVE, new CardFeeDecision.Exempt(FeeExemption.MOVE), CardOrderReportRow.Status.NOT_ORDERED,
                NotOrderedBecause.PHYSICAL_CARD_OPT_OUT);
        free(CardOrderReason.CPR_EVENT, new CardFeeDecision.NotThePersonsDoing(), CardOrderReportRow.Status.NOT_ORDERED,
                NotOrderedBecause.IDENTICAL_CARD);

        CardOrderReport report = CardOrderReport.of(FAABORG_MIDTFYN, DECEMBER, rows);
        CardOrderReportTotals totals = report.totals();

        assertThat(totals.orders()).isEqualTo(10);
        assertThat(totals.cardsMade()).as("drawn or dispatched").isEqualTo(3);
        assertThat(totals.chargedOrders()).isEqualTo(7);
        // due: dispatched, drawn, at the supplier, awaiting payment, ordered; not the cancelled or the refused one
        assertThat(totals.chargedDueKroner()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(totals.freeOrders()).isEqualTo(3);
        assertThat(totals.freeNotThePersonsDoing()).isEqualTo(1);
        assertThat(totals.cancelled()).isEqualTo(1);
        assertThat(totals.refusedBySupplier()).isEqualTo(1);
        assertThat(totals.notOrdered()).containsEntry(NotOrderedBecause.PHYSICAL_CARD_OPT_OUT, 1)
                .containsEntry(NotOrderedBecause.IDENTICAL_CARD, 1).containsEntry(NotOrderedBecause.HIGH_ROAD_CODE, 0);

        assertThat(report.byReason()).hasSize(CardOrderReason.values().length);
        assertThat(report.byReason()).filteredOn(line -> line.orders() > 0)
                .extracting(CardOrderReport.ReasonLine::reason, CardOrderReport.ReasonLine::orders, CardOrderReport.ReasonLine::dueKroner)
                .containsExactly(
                        tuple(CardOrderReason.LOST, 2, new BigDecimal("400.00")),
                        tuple(CardOrderReason.DAMAGED, 2, new BigDecimal("200.00")),
                        tuple(CardOrderReason.CHANGED_DETAILS, 1, new BigDecimal("200.00")),
                        tuple(CardOrderReason.DOCTOR_CHANGE, 1, new BigDecimal("200.00")),
                        tuple(CardOrderReason.NAME_CHANGE, 1, new BigDecimal("0.00")),
                        tuple(CardOrderReason.MOVE, 2, new BigDecimal("0.00")),
                        tuple(CardOrderReason.CPR_EVENT, 1, new BigDecimal("0.00")));
        assertThat(report.byPayment())
                .extracting(CardOrderReport.PaymentLine::payment, CardOrderReport.PaymentLine::paymentChannel,
                        CardOrderReport.PaymentLine::orders, CardOrderReport.PaymentLine::dueKroner)
                .containsExactly(
                        tuple(CardOrderReportRow.Payment.FREE, Optional.empty(), 3, new BigDecimal("0.00")),
                        tuple(CardOrderReportRow.Payment.AT_MUNICIPALITY, Optional.empty(), 1, new BigDecimal("200.00")),
                        tuple(CardOrderReportRow.Payment.AT_MUNICIPALITY, Optional.of("Bankoverførsel"), 2, new BigDecimal("200.00")),
                        tuple(CardOrderReportRow.Payment.AT_MUNICIPALITY, Optional.of("Kommune-Kasse"), 2, new BigDecimal("400.00")),
                        tuple(CardOrderReportRow.Payment.BY_PAYMENT_CARD, Optional.empty(), 2, new BigDecimal("200.00")));
        assertThat(report.rows()).isEqualTo(rows);
        assertThat(rows.get(3).fee().kroner()).as("a row keeps the fee as decided").isEqualTo(new BigDecimal("200.00"));
        assertThat(rows.get(3).dueKroner()).as("but a cancelled order's fee is not due").isZero();
    }

    @Test
    @DisplayName("AUD-2 exemptions: the free orders by each of the nine exemption numbers, and those not the person's doing apart; an empty period has all at 0")
    void AUD2_exemptions() {
        for (FeeExemption exemption : FeeExemption.values()) {
            for (int i = 0; i < exemption.number(); i++) {
                free(CardOrderReason.GENERAL_ISSUE, new CardFeeDecision.Exempt(exemption), CardOrderReportRow.Status.DISPATCHED);
            }
        }
        free(CardOrderReason.CPR_EVENT, new CardFeeDecision.NotThePersonsDoing(), CardOrderReportRow.Status.ORDERED);

        CardOrderReportTotals totals = CardOrderReport.of(FAABORG_MIDTFYN, DECEMBER, rows).totals();

        assertThat(totals.freeByExemption().keySet()).containsExactly(FeeExemption.values());
        totals.freeByExemption().forEach((exemption, orders) -> assertThat(orders).as("%s", exemption).isEqualTo(exemption.number()));
        assertThat(totals.freeNotThePersonsDoing()).isEqualTo(1);
        assertThat(totals.freeOrders()).isEqualTo(45 + 1);
        assertThat(totals.chargedOrders()).isZero();
        assertThat(totals.chargedDueKroner()).isEqualTo(new BigDecimal("0.00"));

        CardOrderReport empty = CardOrderReport.of(FAABORG_MIDTFYN, DECEMBER, List.of());
        assertThat(empty.totals().freeByExemption()).hasSize(9).containsOnlyKeys(FeeExemption.values()).allSatisfy((exemption, orders) ->
                assertThat(orders).isZero());
        assertThat(empty.totals().notOrdered()).hasSize(3).allSatisfy((because, orders) -> assertThat(orders).isZero());
        assertThat(empty.byPayment()).extracting(CardOrderReport.PaymentLine::payment)
                .containsExactly(CardOrderReportRow.Payment.FREE, CardOrderReportRow.Payment.BY_PAYMENT_CARD);
    }

    @Test
    @DisplayName("AUD-2 period boundaries: an order counts on the Danish date it was made, from Copenhagen midnight to Copenhagen midnight, also on the days the clocks change")
    void AUD2_period_boundaries() {
        ReportPeriod winter = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
        assertThat(winter.start()).isEqualTo(Instant.parse("2025-12-31T23:00:00Z"));
        assertThat(winter.end()).isEqualTo(Instant.parse("2026-01-31T23:00:00Z"));
        assertThat(winter.contains(Instant.parse("2025-12-31T22:59:59.999999Z"))).as("31 December, 23:59 in Copenhagen").isFalse();
        assertThat(winter.contains(Instant.parse("2025-12-31T23:00:00Z"))).as("1 January, 00:00 in Copenhagen").isTrue();
        assertThat(winter.contains(Instant.parse("2026-01-31T22:59:59.999999Z"))).isTrue();
        assertThat(winter.contains(Instant.parse("2026-01-31T23:00:00Z"))).as("1 February, 00:00 in Copenhagen").isFalse();

        ReportPeriod summer = new ReportPeriod(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25));
        assertThat(summer.start()).as("the clocks go forward at 02:00 that day; midnight is still winter time")
                .isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(summer.end()).as("the 25-hour day ends at midnight winter time")
                .isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
        ReportPeriod midsummer = new ReportPeriod(LocalDate.of(2026, 6, 24), LocalDate.of(2026, 6, 24));
        assertThat(midsummer.start()).isEqualTo(Instant.parse("2026-06-23T22:00:00Z"));
        assertThat(midsummer.end()).isEqualTo(Instant.parse("2026-06-24T22:00:00Z"));

        assertThatThrownBy(() -> CardOrderReport.of(FAABORG_MIDTFYN, DECEMBER, List.of(new CardOrderReportRow(UUID.randomUUID(),
                DECEMBER.end(), Cpr.of("0101801234"), CardOrderReason.LOST, FEE, CardOrderReportRow.Payment.BY_PAYMENT_CARD,
                Optional.empty(), CardOrderReportRow.Status.ORDERED, Optional.empty()))))
                .as("a row made after the period is a defect of whoever read it")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the period 2026-12-01/2026-12-31");
    }

    @Test
    @DisplayName("AUD-2 period length: from not after to, and at most 366 days with both ends counted (a leap year is one report)")
    void AUD2_period_length() {
        assertThat(ReportPeriod.problemWith(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31))).isEmpty();
        assertThat(new ReportPeriod(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31))).hasToString("2028-01-01/2028-12-31");
        assertThat(ReportPeriod.problemWith(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 3))).as("one day").isEmpty();
        assertThat(ReportPeriod.problemWith(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))).as("366 days").isEmpty();
        assertThat(ReportPeriod.problemWith(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 2))).as("367 days")
                .contains("must be at most 365 days after from: a report covers at most 366 days");
        assertThat(ReportPeriod.problemWith(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 2)))
                .contains("must not be before from");
        assertThatThrownBy(() -> new ReportPeriod(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("AUD-2 readers: the municipality's own administrators and caseworkers and the system; another municipality's staff and citizens are refused")
    void AUD2_readers() {
        MunicipalityCode odense = MunicipalityCode.of("461");
        assertThat(CardOrderReportPolicy.mayRead(new MunicipalAdministrator("adm-430", FAABORG_MIDTFYN), FAABORG_MIDTFYN)).isEmpty();
        assertThat(CardOrderReportPolicy.mayRead(new Caseworker("cw-430", FAABORG_MIDTFYN, false), FAABORG_MIDTFYN)).isEmpty();
        assertThat(CardOrderReportPolicy.mayRead(new Caseworker("cw-430", FAABORG_MIDTFYN, true), FAABORG_MIDTFYN)).isEmpty();
        assertThat(CardOrderReportPolicy.mayRead(new SystemActor("accounting"), odense)).isEmpty();

        Optional<Refusal> refused = CardOrderReportPolicy.mayRead(new MunicipalAdministrator("adm-430", FAABORG_MIDTFYN), odense);
        assertThat(refused).hasValueSatisfying(refusal -> {
            assertThat(refusal.code()).isEqualTo("card-order-report-of-another-municipality");
            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
            assertThat(refusal.rule()).isEqualTo("ROLE-2");
            assertThat(refusal.detail()).contains("461");
        });
        assertThat(CardOrderReportPolicy.mayRead(new Caseworker("cw-430", FAABORG_MIDTFYN, true), odense)).isEqualTo(refused);
        assertThat(CardOrderReportPolicy.mayRead(new Citizen(Cpr.of("0101801234")), FAABORG_MIDTFYN)).isPresent();
    }

    @Test
    @DisplayName("AUD-2 a report row is made from a whole order: its payment, channel, status and why it was not ordered")
    void AUD2_row_of_an_order() {
        CardOrder order = CardFixtures.ordered();
        CardOrderReportRow row = CardOrderReportRow.of(order.notOrdered(NotOrderedBecause.HIGH_ROAD_CODE));
        assertThat(row.cardOrderId()).isEqualTo(order.id());
        assertThat(row.createdAt()).isEqualTo(order.createdAt());
        assertThat(row.fee()).isEqualTo(new CardFeeDecision.Exempt(FeeExemption.MOVE));
        assertThat(row.payment()).isEqualTo(CardOrderReportRow.Payment.FREE);
        assertThat(row.status()).isEqualTo(CardOrderReportRow.Status.NOT_ORDERED);
        assertThat(row.notOrderedBecause()).contains(NotOrderedBecause.HIGH_ROAD_CODE);

        CardOrder paid = new CardOrder(order.id(), order.forloebId(), order.activityId(), order.cpr(), order.municipality(),
                CardOrderReason.LOST, true, order.orderedBy(), order.createdAt(), order.card(), order.delivery(), FEE,
                new CardPayment.AtMunicipality(Optional.of("Kommune-Kasse")), new CardOrderState.Dispatched(DAY, "S-1"));
        assertThat(CardOrderReportRow.of(paid)).extracting(CardOrderReportRow::payment, CardOrderReportRow::paymentChannel,
                CardOrderReportRow::status, CardOrderReportRow::dueKroner)
                .containsExactly(CardOrderReportRow.Payment.AT_MUNICIPALITY, Optional.of("Kommune-Kasse"),
                        CardOrderReportRow.Status.DISPATCHED, new BigDecimal("200.00"));
    }

    private void charged(CardOrderReason reason, CardOrderReportRow.Status status, String channel) {
        row(reason, FEE, channel == null ? CardOrderReportRow.Payment.BY_PAYMENT_CARD : CardOrderReportRow.Payment.AT_MUNICIPALITY,
                Optional.ofNullable(channel), status, Optional.empty());
    }

    private void free(CardOrderReason reason, CardFeeDecision fee, CardOrderReportRow.Status status) {
        row(reason, fee, CardOrderReportRow.Payment.FREE, Optional.empty(), status, Optional.empty());
    }

    private void free(CardOrderReason reason, CardFeeDecision fee, CardOrderReportRow.Status status, NotOrderedBecause because) {
        row(reason, fee, CardOrderReportRow.Payment.FREE, Optional.empty(), status, Optional.of(because));
    }

    private void row(CardOrderReason reason, CardFeeDecision fee, CardOrderReportRow.Payment payment, Optional<String> channel,
                     CardOrderReportRow.Status status, Optional<NotOrderedBecause> because) {
        rows.add(new CardOrderReportRow(UUID.randomUUID(), DAY.plusSeconds(rows.size()), Cpr.of("0101801234"), reason, fee,
                payment, channel, status, because));
    }
}

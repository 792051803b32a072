package dk.sygesikring.application.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dk.sygesikring.application.fakes.InMemoryApplication;
import dk.sygesikring.application.fakes.TestData;
import dk.sygesikring.application.idempotency.IdempotencyKey;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.audit.AuditEntry;
import dk.sygesikring.domain.card.CardOrderReason;
import dk.sygesikring.domain.card.CardOrderReport;
import dk.sygesikring.domain.card.CardOrderReportRow;
import dk.sygesikring.domain.card.FeeExemption;
import dk.sygesikring.domain.card.ReportPeriod;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.result.Outcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The card-order report over the orders the use cases make, in memory: who may read it, what it counts, what is audited. */
class CardOrderReportUseCaseTest {

    /** 30 November 2026, 23:59:59 in Copenhagen: the last second of November. */
    static final Instant LAST_SECOND_OF_NOVEMBER = Instant.parse("2026-11-30T22:59:59Z");
    static final ReportPeriod NOVEMBER = new ReportPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
    static final ProviderNumber DOCTOR = ProviderNumber.of("050208");
    static final Cpr MOTHER = Cpr.of("0101801231");
    static final Cpr SON = Cpr.of("0101151234");

    final InMemoryApplication app = new InMemoryApplication(LAST_SECOND_OF_NOVEMBER);
    final Caseworker caseworker = new Caseworker("cw-787-report", TestData.THISTED, false);

    CardOrderReportUseCaseTest() {
        Address home = TestData.addressIn(TestData.THISTED, "7700", TestData.THISTED_CENTRE, "home");
        app.practitioners.add(TestData.openPractice(DOCTOR.value(), TestData.THISTED_CENTRE));
        for (Cpr cpr : List.of(MOTHER, SON)) {
            app.persons.add(TestData.livingAt(cpr.value(), home));
            app.registrations.record(InsuranceRegistration.doctorChoice(cpr, DOCTOR, LocalDate.of(2025, 1, 1),
                    LAST_SECOND_OF_NOVEMBER.minus(Duration.ofDays(400)), UUID.randomUUID(), null));
        }
    }

    @Test
    @DisplayName("AUD-2 a caseworker's report of the month: the cards ordered through the use cases, a cancelled one counted but not due, and one audit line naming municipality and period")
    void AUD2_the_month_of_a_municipality() {
        CardOrderCase lost = order(CardOrderReason.LOST, MOTHER, SON);
        app.clock.advance(Duration.ofMillis(1));
        CardOrderCase moved = order(CardOrderReason.MOVE, MOTHER);
        app.clock.advance(Duration.ofMillis(1));
        CardOrderCase cancelled = order(CardOrderReason.DAMAGED, SON);
        assertThat(app.forloebService.cancel(caseworker, cancelled.forloeb().id())).isInstanceOf(Outcome.Success.class);
        int transactionsBefore = app.transactions.count();

        CardOrderReport report = success(app.cardOrderReport.report(caseworker, TestData.THISTED, NOVEMBER));

        List<UUID> ids = report.rows().stream().map(CardOrderReportRow::cardOrderId).toList();
        assertThat(ids.subList(0, 2)).as("made at the same instant, by id").isSorted()
                .containsExactlyInAnyOrder(lost.orders().get(0).id(), lost.orders().get(1).id());
        assertThat(ids.subList(2, 4)).as("then by the time made")
                .containsExactly(moved.orders().getFirst().id(), cancelled.orders().getFirst().id());
        BigDecimal fee = lost.orders().getFirst().fee().kroner();
        assertThat(report.totals().orders()).isEqualTo(4);
        assertThat(report.totals().chargedOrders()).isEqualTo(3);
        assertThat(report.totals().chargedDueKroner()).isEqualByComparingTo(fee.multiply(BigDecimal.TWO));
        assertThat(report.totals().freeByExemption()).containsEntry(FeeExemption.MOVE, 1);
        assertThat(report.totals().cancelled()).isEqualTo(1);
        assertThat(report.byPayment()).extracting(CardOrderReport.PaymentLine::payment, CardOrderReport.PaymentLine::orders)
                .as("Thisted lists no payment channels: its caseworkers' fees are collected outside the service")
                .containsExactly(tuple(CardOrderReportRow.Payment.FREE, 1), tuple(CardOrderReportRow.Payment.AT_MUNICIPALITY, 3),
                        tuple(CardOrderReportRow.Payment.BY_PAYMENT_CARD, 0));

        assertThat(app.auditLog.entries).filteredOn(entry -> entry.action() == AuditAction.READ_CARD_ORDER_REPORT)
                .singleElement().satisfies(entry -> {
                    assertThat(entry.subjectType()).isEqualTo("MUNICIPALITY");
                    assertThat(entry.subjectId()).isEqualTo("787 2026-11-01/2026-11-30");
                    assertThat(entry.actorId()).isEqualTo("cw-787-report");
                    assertThat(entry.actorRole()).isEqualTo("CASEWORKER");
                });
        assertThat(app.transactions.count() - transactionsBefore).as("the rows are read in one transaction").isEqualTo(1);
    }

    @Test
    @DisplayName("AUD-2 an order made in the last second of the period's last Danish day is in it; one made at the next Danish midnight is in the next")
    void AUD2_boundary_of_the_period() {
        CardOrderCase lastSecond = order(CardOrderReason.LOST, MOTHER);
        app.clock.advance(Duration.ofSeconds(1));
        CardOrderCase nextMonth = order(CardOrderReason.LOST, SON);

        assertThat(success(app.cardOrderReport.report(caseworker, TestData.THISTED, NOVEMBER)).rows())
                .extracting(CardOrderReportRow::cardOrderId).containsExactly(lastSecond.orders().getFirst().id());
        ReportPeriod firstOfDecember = new ReportPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1));
        assertThat(success(app.cardOrderReport.report(caseworker, TestData.THISTED, firstOfDecember)).rows())
                .extracting(CardOrderReportRow::cardOrderId).containsExactly(nextMonth.orders().getFirst().id());
    }

    @Test
    @DisplayName("AUD-2 another municipality's administrator is refused before anything is read or audited; the system reads any municipality's unaudited, and an unknown one is not found")
    void AUD2_who_reads() {
        order(CardOrderReason.LOST, MOTHER);
        MunicipalAdministrator odense = new MunicipalAdministrator("adm-461", MunicipalityCode.of("461"));

        Outcome<CardOrderReport> refused = app.cardOrderReport.report(odense, TestData.THISTED, NOVEMBER);
        assertThat(refused.refusedBecause()).hasValueSatisfying(refusal -> {
            assertThat(refusal.code()).isEqualTo("card-order-report-of-another-municipality");
            assertThat(refusal.rule()).isEqualTo("ROLE-2");
        });
        assertThat(app.cardOrderReportRows.reads()).isZero();
        assertThat(app.auditLog.entries).extracting(AuditEntry::action).doesNotContain(AuditAction.READ_CARD_ORDER_REPORT);

        SystemActor accounting = new SystemActor("accounting");
        assertThat(success(app.cardOrderReport.report(accounting, TestData.THISTED, NOVEMBER)).totals().orders()).isEqualTo(1);
        assertThat(app.cardOrderReport.report(accounting, MunicipalityCode.of("999"), NOVEMBER).refusedBecause())
                .hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo("municipality-not-found"));
        assertThat(app.auditLog.entries).extracting(AuditEntry::action).doesNotContain(AuditAction.READ_CARD_ORDER_REPORT);
        assertThat(success(app.cardOrderReport.report(new MunicipalAdministrator("adm-787", TestData.THISTED), TestData.THISTED,
                NOVEMBER)).totals().orders()).isEqualTo(1);
        assertThat(app.auditLog.entries).filteredOn(entry -> entry.action() == AuditAction.READ_CARD_ORDER_REPORT)
                .extracting(AuditEntry::actorRole).containsExactly("MUNICIPAL_ADMIN");
    }

    private CardOrderCase order(CardOrderReason reason, Cpr... persons) {
        List<OrderCardsCommand.CardToOrder> cards = Arrays.stream(persons)
                .map(cpr -> new OrderCardsCommand.CardToOrder(cpr, reason, Optional.empty())).toList();
        return success(app.orderCards.order(new OrderCardsCommand(caseworker, cards, Optional.empty(),
                new IdempotencyKey(UUID.randomUUID().toString()))));
    }

    private static <T> T success(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Success.class);
        return ((Outcome.Success<T>) outcome).value();
    }
}

package dk.sygesikring.adapters.persistence.card;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.port.out.CardOrderReportPort;
import dk.sygesikring.application.port.out.CardOrderStorePort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.card.CardDelivery;
import dk.sygesikring.domain.card.CardFeeDecision;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.card.CardOrderReason;
import dk.sygesikring.domain.card.CardOrderReportRow;
import dk.sygesikring.domain.card.CardOrderState;
import dk.sygesikring.domain.card.CardPayment;
import dk.sygesikring.domain.card.FeeExemption;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.card.NotOrderedBecause;
import dk.sygesikring.domain.card.ReportPeriod;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The AUD-2 report's query against PostgreSQL. Its orders are Faaborg-Midtfyn's (430) of 30 March 2025, the day the
 * clocks went forward, and of persons born that day: no other test makes orders there or then.
 */
@MicronautTest(transactional = false)
class CardOrderReportPersistenceTest {

    static final MunicipalityCode FAABORG_MIDTFYN = MunicipalityCode.of("430");
    static final MunicipalityCode ODENSE = MunicipalityCode.of("461");
    /** 30 March 2025, 23 hours long: from 2025-03-29T23:00Z (midnight CET) to 2025-03-30T22:00Z (midnight CEST). */
    static final ReportPeriod THE_DAY_THE_CLOCKS_CHANGED = new ReportPeriod(LocalDate.of(2025, 3, 30), LocalDate.of(2025, 3, 30));
    static final Creator CASEWORKER = new Creator(Creator.Kind.CASEWORKER, "cw-430-1");

    @Inject CardOrderReportPort report;
    @Inject CardOrderStorePort orders;
    @Inject ForloebStorePort forloeb;
    @Inject TransactionPort transactions;
    @Inject DataSource dataSource;
    @Inject DataSourceResolver resolver;
    int nextPerson;

    @Test
    @DisplayName("AUD-2 the report reads the municipality's orders from Danish midnight to Danish midnight, by the time made, each with its fee, payment and status")
    void AUD2_the_orders_of_the_period() {
        stored(FAABORG_MIDTFYN, Instant.parse("2025-03-29T22:59:59.999999Z"), CardOrderReason.LOST, charged(), atMunicipality("Kommune-Kasse"),
                new CardOrderState.Ordered(Instant.parse("2025-03-29T23:00:00Z")));
        CardOrder first = stored(FAABORG_MIDTFYN, Instant.parse("2025-03-29T23:00:00Z"), CardOrderReason.LOST, charged(),
                atMunicipality("Kommune-Kasse"), new CardOrderState.Dispatched(Instant.parse("2025-04-02T10:00:00Z"), "S-1"));
        CardOrder exempt = stored(FAABORG_MIDTFYN, Instant.parse("2025-03-30T08:00:00.000001Z"), CardOrderReason.MOVE,
                new CardFeeDecision.Exempt(FeeExemption.MOVE), new CardPayment.Free(),
                new CardOrderState.NotOrdered(NotOrderedBecause.PHYSICAL_CARD_OPT_OUT));
        CardOrder byCard = stored(FAABORG_MIDTFYN, Instant.parse("2025-03-30T08:00:00.000002Z"), CardOrderReason.DAMAGED, charged(),
                new CardPayment.ByPaymentCard(UUID.randomUUID()), new CardOrderState.Cancelled(Instant.parse("2025-03-30T09:00:00Z"), CASEWORKER));
        CardOrder last = stored(FAABORG_MIDTFYN, Instant.parse("2025-03-30T21:59:59.999999Z"), CardOrderReason.CPR_EVENT,
                new CardFeeDecision.NotThePersonsDoing(), new CardPayment.Free(), new CardOrderState.WaitingToOrder(LocalDate.of(2025, 4, 2)));
        stored(FAABORG_MIDTFYN, Instant.parse("2025-03-30T22:00:00Z"), CardOrderReason.LOST, charged(), atMunicipality(null),
                new CardOrderState.Ordered(Instant.parse("2025-03-30T22:00:00Z")));
        stored(ODENSE, Instant.parse("2025-03-30T08:00:00Z"), CardOrderReason.LOST, charged(), atMunicipality(null),
                new CardOrderState.Ordered(Instant.parse("2025-03-30T08:00:00Z")));

        List<CardOrderReportRow> rows = transactions.inTransaction(() -> report.rowsOf(FAABORG_MIDTFYN, THE_DAY_THE_CLOCKS_CHANGED));

        assertThat(rows).containsExactly(CardOrderReportRow.of(first), CardOrderReportRow.of(exempt), CardOrderReportRow.of(byCard),
                CardOrderReportRow.of(last));
        assertThat(rows.getFirst().fee().kroner()).isEqualTo(new BigDecimal("200.00"));
        assertThat(rows.getFirst().paymentChannel()).contains("Kommune-Kasse");
        assertThat(rows.get(1).notOrderedBecause()).contains(NotOrderedBecause.PHYSICAL_CARD_OPT_OUT);
    }

    @Test
    @DisplayName("AUD-2 the report's query is one range of the index on municipality and time, and reads only the report's columns")
    void AUD2_the_query_uses_the_index() throws SQLException {
        List<String> plan = new ArrayList<>();
        try (Connection connection = resolver.resolve(dataSource).getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement off = connection.prepareStatement("SET LOCAL enable_seqscan = off")) {
                off.execute(); // on a test database this small a scan of the table is cheaper; the index must still be usable
            }
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (VERBOSE) "
                    + CardOrderRepository.REPORT.replaceAll(":[A-Za-z]+", "?"))) {
                explain.setString(1, FAABORG_MIDTFYN.value());
                explain.setTimestamp(2, Timestamp.from(THE_DAY_THE_CLOCKS_CHANGED.start()));
                explain.setTimestamp(3, Timestamp.from(THE_DAY_THE_CLOCKS_CHANGED.end()));
                try (ResultSet lines = explain.executeQuery()) {
                    while (lines.next()) {
                        plan.add(lines.getString(1));
                    }
                }
            }
            connection.rollback();
        }
        String joined = String.join("\n", plan);
        assertThat(joined).as(joined).contains("card_order_of_municipality").doesNotContain("Seq Scan")
                .contains("Index Cond: ((card_order.municipality_code = ")
                .doesNotContain("card_name").doesNotContain("card_address").doesNotContain("forloeb_id");
    }

    private static CardFeeDecision charged() {
        return new CardFeeDecision.Charged(new BigDecimal("200"));
    }

    private static CardPayment atMunicipality(String channel) {
        return new CardPayment.AtMunicipality(Optional.ofNullable(channel));
    }

    private CardOrder stored(MunicipalityCode municipality, Instant createdAt, CardOrderReason reason, CardFeeDecision fee,
                             CardPayment payment, CardOrderState state) {
        Cpr cpr = Cpr.of(String.format("300325%04d", 4300 + nextPerson++));
        HealthCard card = new HealthCard(cpr, "Rapport " + cpr.value(), "Algade 1, 5600 Faaborg", Sikringsgruppe.GROUP_2,
                Optional.empty(), LocalDate.of(2025, 3, 30));
        Forloeb made = Forloeb.start(ForloebType.CARD_ORDER, municipality, CASEWORKER, cpr, List.of(cpr), createdAt, null);
        CardOrder order = new CardOrder(UUID.randomUUID(), made.id(), UUID.randomUUID(), cpr, municipality, reason, true,
                CASEWORKER, createdAt, card, new CardDelivery.ToAddress("Algade 1, 5600 Faaborg"), fee, payment, state);
        transactions.inTransaction(() -> {
            orders.save(order); // before its forløb: the reference is checked at commit
            forloeb.save(made);
            return null;
        });
        return order;
    }
}

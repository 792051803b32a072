package dk.sygesikring.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.port.out.CardOrderStorePort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.card.CardDelivery;
import dk.sygesikring.domain.card.CardFeeDecision;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.card.CardOrderReason;
import dk.sygesikring.domain.card.CardOrderState;
import dk.sygesikring.domain.card.CardPayment;
import dk.sygesikring.domain.card.FeeExemption;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.card.NotOrderedBecause;
import dk.sygesikring.domain.card.SupplierStatus;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each test uses CPR numbers of its own, so no other class's rows are seen. */
@MicronautTest(transactional = false)
class CardOrderPersistenceTest {

    static final Instant NOW = Instant.parse("2026-12-03T09:00:00.123456Z");
    static final MunicipalityCode THISTED = MunicipalityCode.of("787");
    final Creator caseworker = new Creator(Creator.Kind.CASEWORKER, "cw-1");

    @Inject CardOrderStorePort orders;
    @Inject ForloebStorePort forloeb;
    @Inject TransactionPort transactions;

    @Test
    void an_order_and_each_of_its_states_round_trip() {
        CardOrder order = stored(Cpr.of("0312801231"), groupOneCard(Cpr.of("0312801231"), "050208"),
                new CardFeeDecision.Charged(new BigDecimal("200.00")), new CardPayment.AtMunicipality(Optional.of("Kommune-Kasse")),
                new CardDelivery.ToAddress("Storegade 1, 7700 Thisted"));
        assertThat(orders.load(order.id())).contains(order);

        CardOrder sent = order.sent(NOW.plusSeconds(1));
        CardOrder atSupplier = sent.receivedBySupplier("S-77", NOW.plusSeconds(2));
        CardOrder drawn = atSupplier.reported(SupplierStatus.DRAWN, "S-77", NOW.plusSeconds(3));
        CardOrder dispatched = drawn.reported(SupplierStatus.DISPATCHED, "S-77", NOW.plusSeconds(4));
        for (CardOrder next : List.of(sent, atSupplier, drawn, dispatched, sent.refusedBySupplier("ulæseligt navn", NOW.plusSeconds(5)),
                order.notOrdered(NotOrderedBecause.PHYSICAL_CARD_OPT_OUT),
                ((dk.sygesikring.domain.result.Outcome.Success<CardOrder>) sent.cancel(caseworker, NOW.plusSeconds(6))).value())) {
            inTransaction(() -> orders.save(next));
            assertThat(orders.loadForUpdate(next.id())).contains(next);
        }
    }

    @Test
    void a_free_group_two_card_to_an_unknown_address_and_one_paid_by_payment_card_round_trip() {
        Cpr cpr = Cpr.of("0312801232");
        HealthCard groupTwo = new HealthCard(cpr, "Bo Holm", "Vej 9999 1, 7700 Thisted", Sikringsgruppe.GROUP_2, Optional.empty(),
                LocalDate.of(2026, 12, 3));
        CardOrder free = stored(cpr, groupTwo, new CardFeeDecision.Exempt(FeeExemption.MOVE), new CardPayment.Free(),
                new CardDelivery.UnknownAddress(THISTED));
        CardOrder paid = stored(cpr, groupTwo, new CardFeeDecision.Charged(new BigDecimal("200")),
                new CardPayment.ByPaymentCard(UUID.randomUUID()), new CardDelivery.UnknownAddress(THISTED));
        CardOrder notThePersons = stored(cpr, groupTwo, new CardFeeDecision.NotThePersonsDoing(), new CardPayment.Free(),
                new CardDelivery.UnknownAddress(THISTED));

        assertThat(orders.load(free.id())).contains(free);
        assertThat(orders.load(notThePersons.id())).contains(notThePersons);
        assertThat(orders.load(paid.id()).orElseThrow().fee().kroner()).isEqualByComparingTo("200");
        assertThat(orders.load(paid.id()).orElseThrow().payment()).isEqualTo(paid.payment());
        assertThat(orders.ofPerson(cpr)).extracting(CardOrder::id).containsExactlyInAnyOrder(free.id(), paid.id(), notThePersons.id());
        assertThat(orders.ofForloeb(free.forloebId())).containsExactly(free);
    }

    @Test
    void the_current_card_is_the_newest_order_that_makes_one() {
        Cpr cpr = Cpr.of("0312801233");
        CardOrder first = stored(cpr, groupOneCard(cpr, "050208"), new CardFeeDecision.Exempt(FeeExemption.MOVE),
                new CardPayment.Free(), new CardDelivery.ToAddress("Storegade 1, 7700 Thisted"));
        assertThat(orders.currentCard(cpr)).contains(first.card());

        CardOrder second = stored(cpr, groupOneCard(cpr, "050209"), new CardFeeDecision.Exempt(FeeExemption.MOVE),
                new CardPayment.Free(), new CardDelivery.ToAddress("Storegade 1, 7700 Thisted"), NOW.plusSeconds(60));
        assertThat(orders.currentCard(cpr)).contains(second.card());
        inTransaction(() -> orders.save(((dk.sygesikring.domain.result.Outcome.Success<CardOrder>) second.cancel(caseworker, NOW))
                .value()));
        assertThat(orders.currentCard(cpr)).contains(first.card());
        assertThat(orders.currentCard(Cpr.of("0312801239"))).isEmpty();
    }

    @Test
    void a_report_is_recorded_once_however_often_it_is_delivered() {
        Cpr cpr = Cpr.of("0312801234");
        CardOrder order = stored(cpr, groupOneCard(cpr, "050208"), new CardFeeDecision.Exempt(FeeExemption.MOVE),
                new CardPayment.Free(), new CardDelivery.ToAddress("Storegade 1, 7700 Thisted"));
        UUID report = UUID.randomUUID();
        assertThat(transactions.inTransaction(() -> orders.recordReport(report, order.id(), SupplierStatus.DRAWN, NOW, NOW))).isTrue();
        assertThat(transactions.inTransaction(() -> orders.recordReport(report, order.id(), SupplierStatus.DRAWN, NOW, NOW))).isFalse();
        assertThat(transactions.inTransaction(() -> orders.recordReport(UUID.randomUUID(), order.id(), SupplierStatus.DISPATCHED,
                NOW, NOW))).isTrue();
    }

    private HealthCard groupOneCard(Cpr cpr, String providerNumber) {
        return new HealthCard(cpr, "Anna Jensen", "Storegade 1, 7700 Thisted", Sikringsgruppe.GROUP_1,
                Optional.of(new HealthCard.CardDoctor(ProviderNumber.of(providerNumber), "Lægerne " + providerNumber,
                        "Lægevej 2, 7700 Thisted")), LocalDate.of(2026, 12, 3));
    }

    private CardOrder stored(Cpr cpr, HealthCard card, CardFeeDecision fee, CardPayment payment, CardDelivery delivery) {
        return stored(cpr, card, fee, payment, delivery, NOW);
    }

    private CardOrder stored(Cpr cpr, HealthCard card, CardFeeDecision fee, CardPayment payment, CardDelivery delivery,
                             Instant createdAt) {
        Forloeb made = Forloeb.start(ForloebType.CARD_ORDER, THISTED, caseworker, cpr, List.of(cpr), createdAt, null);
        CardOrder order = new CardOrder(UUID.randomUUID(), made.id(), UUID.randomUUID(), cpr, THISTED, CardOrderReason.LOST,
                true, caseworker, createdAt, card, delivery, fee, payment, new CardOrderState.WaitingToOrder(LocalDate.of(2026, 12, 3)));
        inTransaction(() -> {
            orders.save(order); // before its forløb: the reference is checked at commit
            forloeb.save(made);
        });
        return order;
    }

    private void inTransaction(Runnable work) {
        transactions.inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

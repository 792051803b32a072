package dk.sygesikring.adapters.cardsupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.application.port.out.cardsupplier.CardSupplierCancellation;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierOrder;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierOutcome;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierPort;
import dk.sygesikring.domain.card.CardDelivery;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.simulators.cardsupplier.CardSupplierSimulator;
import dk.sygesikring.simulators.cardsupplier.OrderStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** CARD-1, CARD-9: the adapter and the card supplier simulator speak the same wire format, so the dev environment works end to end. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardSupplierSimulatorContractTest implements TestPropertyProvider {

    private static final String ADDRESS = "Nørregade 12, 2. tv, 1165 København K";
    private static final HealthCard.CardDoctor DOCTOR = new HealthCard.CardDoctor(ProviderNumber.of("050208"),
            "Lægerne i Nørregade", "Nørregade 30, 1165 København K");

    private final CardSupplierSimulator simulator = CardSupplierSimulator.start(0);

    @Inject
    CardSupplierPort cardSupplier;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("sygesikring.card-supplier.url", simulator.baseUrl());
    }

    @AfterAll
    void stopSimulator() {
        simulator.close();
    }

    @Test
    @DisplayName("CARD-1 a group 1 card is accepted with the supplier's reference, and the simulator holds what the card shows")
    void CARD1_a_group_1_card_is_accepted() throws Exception {
        CardSupplierOrder order = order(card(Sikringsgruppe.GROUP_1, Optional.of(DOCTOR)), new CardDelivery.ToAddress(ADDRESS));

        CardSupplierOutcome outcome = cardSupplier.order(order);

        assertThat(outcome).isInstanceOfSatisfying(CardSupplierOutcome.Accepted.class, accepted -> {
            assertThat(accepted.supplierReference()).startsWith("CS-");
            assertThat(accepted.receivedAt()).isBefore(Instant.now().plusSeconds(1));
        });
        assertThat(simulator.status(order.orderId())).contains(OrderStatus.RECEIVED);
        assertThat(orderAsTheSimulatorHoldsIt(order.orderId())).contains("\"cpr\":\"2207859902\"",
                "\"name\":\"Sofie Nielsen\"", "\"group\":1", "\"providerNumber\":\"050208\"", "\"validFrom\":\"2026-12-01\"",
                "\"delivery\":{\"type\":\"ADDRESS\",\"address\":\"" + ADDRESS + "\"}");
    }

    @Test
    @DisplayName("CARD-6 a card to an unknown address is accepted for the municipality to keep")
    void CARD6_a_card_to_an_unknown_address_is_accepted() throws Exception {
        CardSupplierOrder order = order(card(Sikringsgruppe.GROUP_2, Optional.empty()),
                new CardDelivery.UnknownAddress(MunicipalityCode.of("101")));

        assertThat(cardSupplier.order(order)).isInstanceOf(CardSupplierOutcome.Accepted.class);
        assertThat(orderAsTheSimulatorHoldsIt(order.orderId()))
                .contains("\"doctor\":null", "\"delivery\":{\"type\":\"UNKNOWN_ADDRESS\",\"municipalityCode\":\"101\"}");
    }

    @Test
    @DisplayName("INT-5 an order repeated with its id is placed once and answered with the first receipt")
    void INT5_an_order_repeated_with_its_id_is_placed_once() {
        CardSupplierOrder order = order(card(Sikringsgruppe.GROUP_1, Optional.of(DOCTOR)), new CardDelivery.ToAddress(ADDRESS));

        CardSupplierOutcome first = cardSupplier.order(order);
        CardSupplierOutcome again = cardSupplier.order(order);

        assertThat(first).isInstanceOf(CardSupplierOutcome.Accepted.class).isEqualTo(again);
    }

    @Test
    @DisplayName("CARD-1 an order id repeated with another card is rejected, and the first order stands")
    void CARD1_an_order_id_repeated_with_another_card_is_rejected() {
        CardSupplierOrder order = order(card(Sikringsgruppe.GROUP_1, Optional.of(DOCTOR)), new CardDelivery.ToAddress(ADDRESS));
        cardSupplier.order(order);

        CardSupplierOutcome other = cardSupplier.order(new CardSupplierOrder(order.orderId(),
                card(Sikringsgruppe.GROUP_2, Optional.empty()), new CardDelivery.ToAddress(ADDRESS)));

        assertThat(other).isEqualTo(new CardSupplierOutcome.Rejected(
                "IDEMPOTENCY_KEY_REUSED: the order id came before with another order"));
        assertThat(simulator.status(order.orderId())).contains(OrderStatus.RECEIVED);
    }

    @Test
    @DisplayName("CARD-1 a card the supplier will not make is rejected with the simulator's reason")
    void CARD1_a_card_the_supplier_will_not_make_is_rejected() {
        CardSupplierOutcome group4 = cardSupplier.order(order(card(Sikringsgruppe.GROUP_4, Optional.empty()),
                new CardDelivery.ToAddress(ADDRESS)));
        CardSupplierOutcome group2WithDoctor = cardSupplier.order(order(card(Sikringsgruppe.GROUP_2, Optional.of(DOCTOR)),
                new CardDelivery.ToAddress(ADDRESS)));

        assertThat(group4).isEqualTo(new CardSupplierOutcome.Rejected(
                "INVALID_GROUP: cards are made for group 1 or 2, not group 4"));
        assertThat(group2WithDoctor).isEqualTo(new CardSupplierOutcome.Rejected(
                "DOCTOR_NOT_ALLOWED: a group 2 card shows no doctor"));
    }

    @Test
    @DisplayName("CARD-9 an order not yet drawn is cancelled, again with the same time, and is never made")
    void CARD9_an_order_not_yet_drawn_is_cancelled() {
        CardSupplierOrder order = placed();

        CardSupplierCancellation cancelled = cardSupplier.cancel(order.orderId());
        CardSupplierCancellation again = cardSupplier.cancel(order.orderId());

        assertThat(cancelled).isInstanceOf(CardSupplierCancellation.Cancelled.class).isEqualTo(again);
        assertThat(simulator.status(order.orderId())).contains(OrderStatus.CANCELLED);
        assertThatThrownBy(() -> simulator.dispatch(order.orderId())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("CARD-9 a card the supplier has drawn is not cancelled: already drawn, at the time it was drawn")
    void CARD9_a_drawn_card_is_not_cancelled() {
        CardSupplierOrder drawn = placed();
        CardSupplierOrder dispatched = placed();
        simulator.draw(drawn.orderId());
        simulator.dispatch(dispatched.orderId());

        assertThat(cardSupplier.cancel(drawn.orderId())).isInstanceOf(CardSupplierCancellation.AlreadyDrawn.class);
        assertThat(cardSupplier.cancel(dispatched.orderId())).isInstanceOf(CardSupplierCancellation.AlreadyDrawn.class);
        assertThat(simulator.status(drawn.orderId())).contains(OrderStatus.DRAWN);
    }

    @Test
    @DisplayName("CARD-9 an order the supplier never received is not known")
    void CARD9_an_order_never_received_is_not_known() {
        assertThat(cardSupplier.cancel(UUID.randomUUID())).isEqualTo(new CardSupplierCancellation.NotKnown());
    }

    private CardSupplierOrder placed() {
        CardSupplierOrder order = order(card(Sikringsgruppe.GROUP_1, Optional.of(DOCTOR)), new CardDelivery.ToAddress(ADDRESS));
        assertThat(cardSupplier.order(order)).isInstanceOf(CardSupplierOutcome.Accepted.class);
        return order;
    }

    private static CardSupplierOrder order(HealthCard card, CardDelivery delivery) {
        return new CardSupplierOrder(UUID.randomUUID(), card, delivery);
    }

    private static HealthCard card(Sikringsgruppe group, Optional<HealthCard.CardDoctor> doctor) {
        return new HealthCard(Cpr.of("2207859902"), "Sofie Nielsen", ADDRESS, group, doctor, LocalDate.of(2026, 12, 1));
    }

    private String orderAsTheSimulatorHoldsIt(UUID orderId) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + "/orders/" + orderId)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}

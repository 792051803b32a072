package dk.sygesikring.application.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dk.sygesikring.application.deadline.Deadline;
import dk.sygesikring.application.fakes.Configurations;
import dk.sygesikring.application.fakes.InMemoryApplication;
import dk.sygesikring.application.fakes.InMemoryOutbox;
import dk.sygesikring.application.fakes.TestData;
import dk.sygesikring.application.forloeb.ForloebView;
import dk.sygesikring.application.idempotency.IdempotencyKey;
import dk.sygesikring.application.port.out.cardsupplier.CardOrderForSupplier;
import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.card.CardOrderPolicy;
import dk.sygesikring.domain.card.CardOrderReason;
import dk.sygesikring.domain.card.CardOrderState;
import dk.sygesikring.domain.card.CardPayment;
import dk.sygesikring.domain.card.NotOrderedBecause;
import dk.sygesikring.domain.card.PaymentChannelPolicy;
import dk.sygesikring.domain.card.SupplierStatus;
import dk.sygesikring.domain.card.TechnicalAddressChange;
import dk.sygesikring.domain.configuration.LocalConfiguration;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebStatus;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.result.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Card orders through the use cases, as a caseworker and the card supplier meet them: the real services and policies
 * over in-memory ports, a fake card supplier and a fake LUNA. Each test makes its own persons.
 */
class CardOrderUseCaseTest {

    static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final ProviderNumber DOCTOR = ProviderNumber.of("050208");
    static final Cpr MOTHER = Cpr.of("0101801231");
    static final Cpr SON = Cpr.of("0101151234");
    static final Cpr DAUGHTER = Cpr.of("0101171236");

    final InMemoryApplication app = new InMemoryApplication(NOW);
    final Caseworker caseworker = new Caseworker("cw-787-1", TestData.THISTED, false);

    CardOrderUseCaseTest() {
        Address home = TestData.addressIn(TestData.THISTED, "7700", TestData.THISTED_CENTRE, "home");
        app.practitioners.add(TestData.openPractice(DOCTOR.value(), TestData.THISTED_CENTRE));
        for (Cpr cpr : List.of(MOTHER, SON, DAUGHTER)) {
            app.persons.add(TestData.livingAt(cpr.value(), home));
            app.registrations.record(InsuranceRegistration.doctorChoice(cpr, DOCTOR, TODAY.minusYears(1), NOW,
                    UUID.randomUUID(), null));
        }
    }

    @Test
    @DisplayName("DOC-12 and CARD-3 (charged): a mother and two children who lost their cards pay three fees, each on their own card")
    void DOC12_threeCardsThreeFees() {
        CardOrderCase ordered = success(order(List.of(lost(MOTHER), lost(SON), lost(DAUGHTER)), Optional.empty()));

        assertThat(ordered.orders()).extracting(CardOrder::cpr).containsExactly(MOTHER, SON, DAUGHTER);
        assertThat(ordered.orders()).allSatisfy(order -> assertThat(order.fee().kroner()).isEqualByComparingTo("190"));
        assertThat(ordered.orders().stream().map(order -> order.fee().kroner()).reduce(java.math.BigDecimal.ZERO,
                java.math.BigDecimal::add)).isEqualByComparingTo("570");
        Forloeb forloeb = ordered.forloeb();
        assertThat(forloeb.type()).isEqualTo(ForloebType.CARD_ORDER);
        assertThat(forloeb.mainPerson()).isEqualTo(MOTHER);
        assertThat(forloeb.involvedPersons()).containsExactly(MOTHER, SON, DAUGHTER);
        assertThat(forloeb.activities()).extracting(Activity::type, Activity::state).containsExactly(
                tuple(ActivityType.ORDER_CARD, ActivityState.OPEN), tuple(ActivityType.ORDER_CARD, ActivityState.OPEN),
                tuple(ActivityType.ORDER_CARD, ActivityState.OPEN), tuple(ActivityType.SEND_LETTER, ActivityState.OPEN));
        assertThat(forloeb.details()).filteredOn(detail -> detail.name().equals("kortbestillingAarsag"))
                .extracting(detail -> detail.value()).containsOnly("LOST");
        assertThat(app.outbox.of(forloeb.id(), OutboxKind.CARD_SUPPLIER_ORDER)).hasSize(3)
                .allSatisfy(row -> assertThat(row.payload()).isInstanceOf(CardOrderForSupplier.class));
    }

    @Test
    @DisplayName("CARD-2: the reason of each card is in the forløb details, and a free card says so (CARD-3 exemption 6: a move)")
    void CARD2_reasonInDetails() {
        CardOrderCase ordered = success(order(List.of(new OrderCardsCommand.CardToOrder(MOTHER, CardOrderReason.MOVE,
                Optional.empty())), Optional.empty()));

        assertThat(ordered.forloeb().details()).extracting(detail -> detail.name() + "=" + detail.value())
                .contains("kortbestillingAarsag=MOVE", "gebyr=0");
        assertThat(ordered.orders().getFirst().payment()).isEqualTo(new CardPayment.Free());
    }

    @Test
    @DisplayName("PAY-3: a caseworker's order with a fee is paid through one of the municipality's channels; another is refused, none named is refused")
    void PAY3_paymentChannels() {
        app.configuration.locals.put(TestData.THISTED, withChannels("Gebyrfrit", "Kommune-Kasse", "Bankoverførsel"));

        assertThat(order(List.of(lost(MOTHER)), Optional.empty())).isEqualTo(Outcome.refused(PaymentChannelPolicy.CHANNEL_REQUIRED));
        assertThat(order(List.of(lost(MOTHER)), Optional.of("MobilePay"))).isEqualTo(Outcome.refused(PaymentChannelPolicy.CHANNEL_NOT_OFFERED));
        assertThat(app.cardOrders.all()).as("nothing half-written").isEmpty();

        CardOrderCase paid = success(order(List.of(lost(MOTHER)), Optional.of("kommune-kasse")));
        assertThat(paid.orders().getFirst().payment()).isEqualTo(new CardPayment.AtMunicipality(Optional.of("Kommune-Kasse")));
        // a free card needs no channel
        assertThat(order(List.of(new OrderCardsCommand.CardToOrder(SON, CardOrderReason.MOVE, Optional.empty())), Optional.empty()))
                .isInstanceOf(Outcome.Success.class);
    }

    @Test
    @DisplayName("CARD-13 via the use case: a caseworker orders a free card for a return from group 4 to 1; refused for a person who was never in group 4 or 5, and nothing is stored")
    void CARD13_returnFromPrison() {
        app.registrations.record(InsuranceRegistration.groupChange(MOTHER, Sikringsgruppe.GROUP_4, TODAY.minusMonths(6), NOW,
                UUID.randomUUID(), null));
        app.registrations.record(InsuranceRegistration.doctorChoice(MOTHER, DOCTOR, TODAY.minusDays(2), NOW, UUID.randomUUID(), null));
        OrderCardsCommand.CardToOrder back = new OrderCardsCommand.CardToOrder(MOTHER, CardOrderReason.RESTING_ACTIVE_TRANSITION,
                Optional.empty());
        OrderCardsCommand.CardToOrder never = new OrderCardsCommand.CardToOrder(SON, CardOrderReason.RESTING_ACTIVE_TRANSITION,
                Optional.empty());

        assertThat(order(List.of(back, never), Optional.empty())).isEqualTo(Outcome.refused(CardOrderPolicy.NOT_BACK_FROM_RESTING));
        assertThat(app.cardOrders.all()).isEmpty();
        assertThat(app.outbox.all()).isEmpty();

        CardOrder made = success(order(List.of(back), Optional.empty())).orders().getFirst();
        assertThat(made.fee().isCharged()).isFalse();
    }

    @Test
    @DisplayName("The supplier's receipt and reports, repeated and out of order: each card is made once and the forløb completes when every card is dispatched")
    void reportsCompleteTheForloeb() {
        CardOrderCase ordered = success(order(List.of(moved(MOTHER), moved(SON)), Optional.empty()));
        assertThat(app.delivery.deliverDue(10)).isEqualTo(2);
        assertThat(app.cardSupplier.ordersHeld()).hasSize(2);
        CardOrder mothers = app.cardOrders.get(ordered.orders().get(0).id());
        CardOrder sons = app.cardOrders.get(ordered.orders().get(1).id());
        assertThat(mothers.state()).isInstanceOf(CardOrderState.AtSupplier.class);

        SupplierReport dispatched = report(mothers, SupplierStatus.DISPATCHED);
        SupplierReport drawn = report(mothers, SupplierStatus.DRAWN);
        assertThat(app.supplierReports.receive(dispatched)).isEqualTo(Outcome.success(ReceiveSupplierReportUseCase.Receipt.TAKEN));
        assertThat(app.supplierReports.receive(dispatched)).isEqualTo(Outcome.success(ReceiveSupplierReportUseCase.Receipt.ALREADY_TAKEN));
        assertThat(app.supplierReports.receive(drawn)).as("late").isEqualTo(Outcome.success(ReceiveSupplierReportUseCase.Receipt.TAKEN));
        assertThat(app.cardOrders.get(mothers.id()).isDispatched()).isTrue();
        assertThat(app.forloeb.get(ordered.forloeb().id()).isInProgress()).as("the son's card is still on its way").isTrue();

        app.supplierReports.receive(report(sons, SupplierStatus.DRAWN));
        app.supplierReports.receive(report(sons, SupplierStatus.DISPATCHED));
        assertThat(app.forloeb.get(ordered.forloeb().id()).isInProgress()).as("the receipt is still on its way").isTrue();
        app.letters.deliverDue(10);
        Forloeb done = app.forloeb.get(ordered.forloeb().id());
        assertThat(done.status()).isInstanceOf(ForloebStatus.Completed.class);
        assertThat(done.activities()).extracting(Activity::type, Activity::state, Activity::closedBy).containsExactly(
                tuple(ActivityType.ORDER_CARD, ActivityState.DONE, Creator.system("Kortleverandør")),
                tuple(ActivityType.ORDER_CARD, ActivityState.DONE, Creator.system("Kortleverandør")),
                tuple(ActivityType.SEND_LETTER, ActivityState.DONE, Creator.system("Digital Post")));
        assertThat(app.supplierReports.receive(new SupplierReport(UUID.randomUUID(), UUID.randomUUID(), SupplierStatus.DRAWN,
                NOW, "S-x"))).isEqualTo(Outcome.refused(SupplierReportService.NO_SUCH_ORDER));
    }

    @Test
    @DisplayName("INT-5 (card supplier down): the orders wait in the outbox and, back, go out once each")
    void INT5_supplierDown() {
        CardOrderCase ordered = success(order(List.of(moved(MOTHER), moved(SON)), Optional.empty()));
        app.cardSupplier.down(true);
        app.delivery.deliverDue(10);
        app.clock.advance(Duration.ofMinutes(10));
        app.delivery.deliverDue(10);
        assertThat(app.outbox.of(ordered.forloeb().id())).extracting(InMemoryOutbox.Row::state).containsOnly(InMemoryOutbox.State.PENDING);
        assertThat(app.cardOrders.ofForloeb(ordered.forloeb().id())).extracting(order -> order.state().getClass())
                .containsOnly((Class) CardOrderState.Ordered.class);

        app.cardSupplier.down(false);
        app.clock.advance(Duration.ofHours(1));
        assertThat(app.delivery.deliverDue(10)).isEqualTo(2);
        assertThat(app.delivery.deliverDue(10)).isZero();
        assertThat(app.cardSupplier.ordersHeld()).hasSize(2);
        assertThat(app.outbox.of(ordered.forloeb().id(), OutboxKind.CARD_SUPPLIER_ORDER)).extracting(InMemoryOutbox.Row::state)
                .containsOnly(InMemoryOutbox.State.CONFIRMED);
    }

    @Test
    @DisplayName("CARD-9: cancelling the forløb before the card is drawn withdraws it, in the outbox or at the supplier; the orders are kept as cancelled")
    void CARD9_cancelBeforeDrawn() {
        CardOrderCase ordered = success(order(List.of(moved(MOTHER), moved(SON)), Optional.empty()));
        app.delivery.deliverDue(1); // the mother's order is at the supplier, the son's still in the outbox

        Outcome<ForloebView> cancelled = app.forloebService.cancel(caseworker, ordered.forloeb().id());

        assertThat(cancelled).isInstanceOf(Outcome.Success.class);
        assertThat(app.cardSupplier.cancelled).containsExactly(ordered.orders().get(0).id());
        assertThat(app.cardOrders.ofForloeb(ordered.forloeb().id())).hasSize(2)
                .allSatisfy(order -> assertThat(order.state()).isInstanceOf(CardOrderState.Cancelled.class));
        assertThat(app.delivery.deliverDue(10)).isEqualTo(1);
        assertThat(app.outbox.of(ordered.forloeb().id(), OutboxKind.CARD_SUPPLIER_ORDER)).extracting(InMemoryOutbox.Row::state)
                .containsExactly(InMemoryOutbox.State.CONFIRMED, InMemoryOutbox.State.WITHDRAWN);
        assertThat(app.cardSupplier.calls).as("the son's card never went out").hasSize(1);
    }

    @Test
    @DisplayName("CARD-9: once the supplier has drawn a card the forløb cannot be cancelled; the cards it could still withdraw are cancelled")
    void CARD9_neverAfterDrawn() {
        CardOrderCase ordered = success(order(List.of(moved(MOTHER), moved(SON)), Optional.empty()));
        app.delivery.deliverDue(10);
        app.cardSupplier.draw(ordered.orders().get(0).id());

        assertThat(app.forloebService.cancel(caseworker, ordered.forloeb().id())).isEqualTo(Outcome.refused(CardOrder.ALREADY_DRAWN));

        assertThat(app.cardOrders.get(ordered.orders().get(0).id()).state()).isInstanceOf(CardOrderState.Drawn.class);
        assertThat(app.cardOrders.get(ordered.orders().get(1).id()).state()).isInstanceOf(CardOrderState.Cancelled.class);
        Forloeb goingOn = app.forloeb.get(ordered.forloeb().id());
        assertThat(goingOn.isInProgress()).isTrue();
        assertThat(goingOn.activities()).filteredOn(activity -> activity.type() == ActivityType.ORDER_CARD)
                .extracting(Activity::state).containsExactly(ActivityState.OPEN, ActivityState.CANCELLED);

        // and a drawn card reported drawn again changes nothing; once known drawn, no question to the supplier
        int before = app.cardSupplier.cancelled.size();
        assertThat(app.forloebService.cancel(caseworker, ordered.forloeb().id())).isEqualTo(Outcome.refused(CardOrder.ALREADY_DRAWN));
        assertThat(app.cardSupplier.cancelled).hasSize(before);
    }

    @Test
    @DisplayName("CARD-9: a draw reported between the cancellation's first look and its lock on the order refuses it; nothing is withdrawn")
    void CARD9_drawReportedDuringTheCancellation() {
        CardOrderCase ordered = success(order(List.of(moved(MOTHER)), Optional.empty()));
        app.delivery.deliverDue(10);
        Forloeb forloeb = app.forloeb.get(ordered.forloeb().id());
        Creator by = Creator.of(caseworker);
        assertThat(app.cardOrderCancellation.refusalToCancel(forloeb, by, NOW)).as("not drawn at the first look").isEmpty();

        app.supplierReports.receive(new SupplierReport(UUID.randomUUID(), ordered.orders().getFirst().id(), SupplierStatus.DRAWN,
                NOW, "S-0"));

        assertThat(app.cardOrderCancellation.withdrawExternally(forloeb, by, NOW)).contains(CardOrder.ALREADY_DRAWN);
        assertThat(app.cardSupplier.cancelled).isEmpty();
        assertThat(app.cardOrders.get(ordered.orders().getFirst().id()).state()).isInstanceOf(CardOrderState.Drawn.class);
    }

    @Test
    @DisplayName("CARD-10 and DOC-12: a doctor choice in effect orders each person's card; a person who opted out of the physical card gets none, the forløb records it and goes on")
    void CARD10_optOutSkipsTheAutomaticCard() {
        app.luna.optedOut(SON);
        Forloeb choice = doctorChoiceInEffect(TODAY.plusDays(1));

        assertThat(app.cardOrders.ofForloeb(choice.id())).extracting(CardOrder::cpr, CardOrder::reason, CardOrder::explicit)
                .containsExactly(tuple(MOTHER, CardOrderReason.DOCTOR_CHANGE, false), tuple(SON, CardOrderReason.DOCTOR_CHANGE, false));
        assertThat(app.delivery.deliverDue(10)).isEqualTo(2);

        assertThat(app.cardSupplier.calls).extracting(order -> order.card().cpr()).containsExactly(MOTHER);
        CardOrder sons = app.cardOrders.ofForloeb(choice.id()).get(1);
        assertThat(sons.state()).isEqualTo(new CardOrderState.NotOrdered(NotOrderedBecause.PHYSICAL_CARD_OPT_OUT));
        Forloeb after = app.forloeb.get(choice.id());
        assertThat(after.isInProgress()).isTrue();
        assertThat(after.activities()).filteredOn(activity -> activity.type() == ActivityType.ORDER_CARD)
                .extracting(Activity::state).containsExactly(ActivityState.OPEN, ActivityState.DONE);
        // an explicit order for the son always makes a physical card
        CardOrderCase explicit = success(order(List.of(lost(SON)), Optional.empty()));
        app.delivery.deliverDue(10);
        assertThat(app.cardSupplier.calls).extracting(order -> order.orderId()).contains(explicit.orders().getFirst().id());
    }

    @Test
    @DisplayName("CARD-5: the cards of a doctor change 30 days ahead wait until 14 days before it, then go to the supplier")
    void CARD5_preOrder() {
        LocalDate validFrom = TODAY.plusDays(30);
        Forloeb choice = doctorChoiceInEffect(validFrom);

        List<CardOrder> waiting = app.cardOrders.ofForloeb(choice.id());
        assertThat(waiting).extracting(CardOrder::state).containsOnly(new CardOrderState.WaitingToOrder(validFrom.minusDays(14)));
        assertThat(waiting).allSatisfy(order -> assertThat(order.card().validFrom()).isEqualTo(validFrom));
        assertThat(app.deadlines.scheduled(Deadline.Kind.CARD_PRE_ORDER, choice.id())).map(Deadline::dueAt)
                .contains(validFrom.minusDays(14).atStartOfDay(app.clock.getZone()).toInstant());
        assertThat(app.delivery.deliverDue(10)).isZero();

        app.clock.advance(Duration.ofDays(16));
        app.cardPreOrder.reached(choice.id());
        assertThat(app.cardOrders.ofForloeb(choice.id())).extracting(order -> order.state().getClass())
                .containsOnly((Class) CardOrderState.Ordered.class);
        assertThat(app.delivery.deliverDue(10)).isEqualTo(2);
        assertThat(app.cardSupplier.ordersHeld()).hasSize(2);
    }

    @Test
    @DisplayName("CARD-8 via a doctor choice: a choice that changes nothing on the card orders no new one")
    void CARD8_identicalCardNotOrderedAgain() {
        success(order(List.of(lost(MOTHER)), Optional.empty())); // the mother's card shows DOCTOR
        app.delivery.deliverDue(10);
        Forloeb choice = doctorChoiceInEffect(TODAY);

        CardOrder mothers = app.cardOrders.ofForloeb(choice.id()).getFirst();
        assertThat(mothers.state()).isEqualTo(new CardOrderState.NotOrdered(NotOrderedBecause.IDENTICAL_CARD));
    }

    @Test
    @DisplayName("CARD-7: a correction of the address (A09) orders a free card at once, in a card-order forløb of the person's municipality")
    void CARD7_A09_ordersAtOnce() {
        Forloeb made = ((Outcome.Success<Forloeb>) app.cprEventCards.technicalAddressChange(MOTHER, TechnicalAddressChange.A09)).value();

        assertThat(made.type()).isEqualTo(ForloebType.CARD_ORDER);
        assertThat(made.municipality()).isEqualTo(TestData.THISTED);
        assertThat(made.creator()).isEqualTo(Creator.system("CPR A09"));
        CardOrder order = app.cardOrders.ofForloeb(made.id()).getFirst();
        assertThat(order.reason()).isEqualTo(CardOrderReason.CPR_EVENT);
        assertThat(order.explicit()).isFalse();
        assertThat(order.fee().isCharged()).isFalse();
        assertThat(order.state()).isInstanceOf(CardOrderState.Ordered.class);
    }

    @Test
    @DisplayName("CARD-7: after A42 and P10 (batches) the card waits the configured 3 days before it goes to the supplier")
    void CARD7_A42_and_P10_wait() {
        for (TechnicalAddressChange event : List.of(TechnicalAddressChange.A42, TechnicalAddressChange.P10)) {
            Cpr cpr = event == TechnicalAddressChange.A42 ? SON : DAUGHTER;
            Forloeb made = ((Outcome.Success<Forloeb>) app.cprEventCards.technicalAddressChange(cpr, event)).value();
            CardOrder waiting = app.cardOrders.ofForloeb(made.id()).getFirst();
            assertThat(waiting.state()).as(event.name()).isEqualTo(new CardOrderState.WaitingToOrder(TODAY.plusDays(3)));
            assertThat(app.deadlines.scheduled(Deadline.Kind.CARD_PRE_ORDER, made.id())).isPresent();
        }
        assertThat(app.delivery.deliverDue(10)).isZero();
    }

    @Test
    @DisplayName("CARD-7 and CARD-8: an address change that changes nothing on the card orders none; the forløb records it and completes")
    void CARD7_identicalCardNotOrdered() {
        success(order(List.of(lost(MOTHER)), Optional.empty()));
        Forloeb made = ((Outcome.Success<Forloeb>) app.cprEventCards.technicalAddressChange(MOTHER, TechnicalAddressChange.A09)).value();

        assertThat(app.cardOrders.ofForloeb(made.id()).getFirst().state())
                .isEqualTo(new CardOrderState.NotOrdered(NotOrderedBecause.IDENTICAL_CARD));
        assertThat(app.forloeb.get(made.id()).isInProgress()).isFalse();
    }

    @Test
    @DisplayName("CARD-11 (fixed): a name change orders a free card when the marriage came within 3 months, whichever CPR event arrives first")
    void CARD11_nameChangeAtMarriage_eitherOrder() {
        // the marriage first, then the name change
        assertThat(app.cprEventCards.married(MOTHER, TODAY.minusDays(10))).isEqualTo(Outcome.success(Optional.empty()));
        Forloeb first = ((Outcome.Success<Optional<Forloeb>>) app.cprEventCards.nameChanged(MOTHER, TODAY)).value().orElseThrow();
        assertThat(app.cardOrders.ofForloeb(first.id()).getFirst().reason()).isEqualTo(CardOrderReason.NAME_CHANGE_AT_MARRIAGE);
        assertThat(app.cardOrders.ofForloeb(first.id()).getFirst().fee().isCharged()).isFalse();

        // the name change first, then the marriage: the second decides, once
        assertThat(app.cprEventCards.nameChanged(SON, TODAY)).isEqualTo(Outcome.success(Optional.empty()));
        Forloeb second = ((Outcome.Success<Optional<Forloeb>>) app.cprEventCards.married(SON, TODAY.minusMonths(1))).value().orElseThrow();
        assertThat(app.cardOrders.ofForloeb(second.id())).singleElement()
                .satisfies(order -> assertThat(order.reason()).isEqualTo(CardOrderReason.NAME_CHANGE_AT_MARRIAGE));
        assertThat(app.cprEventCards.married(SON, TODAY.minusMonths(1))).as("the marriage reported again").isEqualTo(Outcome.success(Optional.empty()));
    }

    @Test
    @DisplayName("CARD-11: a name change without a marriage in the 3 months before orders no card; the person orders and pays")
    void CARD11_otherNameChanges() {
        app.cprEventCards.married(DAUGHTER, TODAY.minusMonths(3).minusDays(1));
        assertThat(app.cprEventCards.nameChanged(DAUGHTER, TODAY)).isEqualTo(Outcome.success(Optional.empty()));
        assertThat(app.cprEventCards.nameChanged(MOTHER, TODAY)).isEqualTo(Outcome.success(Optional.empty()));
        assertThat(app.cardOrders.all()).isEmpty();
    }

    /** A caseworker's doctor choice of DOCTOR for the mother and the son, carried into effect by LUNA. */
    private Forloeb doctorChoiceInEffect(LocalDate validFrom) {
        var command = new dk.sygesikring.application.doctorchoice.ChooseDoctorCommand(caseworker,
                List.of(new dk.sygesikring.application.doctorchoice.ChooseDoctorCommand.PersonToChoose(MOTHER,
                                Optional.of(dk.sygesikring.domain.doctorchoice.ConsentAnswer.YES)),
                        new dk.sygesikring.application.doctorchoice.ChooseDoctorCommand.PersonToChoose(SON,
                                Optional.of(dk.sygesikring.domain.doctorchoice.ConsentAnswer.YES))),
                DOCTOR, validFrom, dk.sygesikring.domain.doctorchoice.ChoiceReason.SELF_CHOSEN, false, Optional.empty(),
                Optional.empty(), null);
        var chosen = app.chooseDoctor.choose(command);
        Forloeb forloeb = ((Outcome.Success<dk.sygesikring.application.doctorchoice.DoctorChoiceCase>) chosen).value().forloeb();
        app.delivery.deliverDue(2); // the two registrations at LUNA
        return app.forloeb.get(forloeb.id());
    }

    private Outcome<CardOrderCase> order(List<OrderCardsCommand.CardToOrder> cards, Optional<String> channel) {
        return app.orderCards.order(new OrderCardsCommand(caseworker, cards, channel, new IdempotencyKey(UUID.randomUUID().toString())));
    }

    private static OrderCardsCommand.CardToOrder lost(Cpr cpr) {
        return new OrderCardsCommand.CardToOrder(cpr, CardOrderReason.LOST, Optional.empty());
    }

    private static OrderCardsCommand.CardToOrder moved(Cpr cpr) {
        return new OrderCardsCommand.CardToOrder(cpr, CardOrderReason.MOVE, Optional.empty());
    }

    private SupplierReport report(CardOrder order, SupplierStatus status) {
        return new SupplierReport(UUID.randomUUID(), order.id(), status, app.clock.instant(), "S-1");
    }

    private static LocalConfiguration withChannels(String... channels) {
        LocalConfiguration local = Configurations.defaults(TestData.THISTED);
        return new LocalConfiguration(local.municipality(), local.adHocTaskDeadline(), List.of(channels), local.highRoadCodes(),
                local.remotePrintSupplier(), local.netsKeyReference(), local.sessionTimeout());
    }

    private static <T> T success(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Success.class);
        return ((Outcome.Success<T>) outcome).value();
    }
}

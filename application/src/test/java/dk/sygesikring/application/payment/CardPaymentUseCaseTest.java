package dk.sygesikring.application.payment;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.card.CardOrderCase;
import dk.sygesikring.application.card.OrderCardsCommand;
import dk.sygesikring.application.card.SupplierReport;
import dk.sygesikring.application.fakes.Configurations;
import dk.sygesikring.application.fakes.InMemoryApplication;
import dk.sygesikring.application.fakes.InMemoryOutbox;
import dk.sygesikring.application.fakes.TestData;
import dk.sygesikring.application.idempotency.IdempotencyKey;
import dk.sygesikring.application.port.out.nets.NetsCommand;
import dk.sygesikring.application.port.out.nets.NetsKeys;
import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.card.CardOrderReason;
import dk.sygesikring.domain.card.CardOrderState;
import dk.sygesikring.domain.card.CardPayment;
import dk.sygesikring.domain.card.SupplierStatus;
import dk.sygesikring.domain.configuration.LocalConfiguration;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebStatus;
import dk.sygesikring.domain.payment.Payment;
import dk.sygesikring.domain.payment.PaymentItem;
import dk.sygesikring.domain.payment.PaymentState;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.practitioner.Practitioner;
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
 * A citizen's card order paid by payment card, through the use cases: the real services over in-memory ports, a fake
 * Nets and a fake card supplier. Counts show that each payment is made once, each card charged once and only after
 * its dispatch, and what is not charged is released.
 */
class CardPaymentUseCaseTest {

    static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final ProviderNumber DOCTOR = ProviderNumber.of("050208");
    static final Cpr MOTHER = Cpr.of("0101801231");
    static final Cpr SON = Cpr.of("0101154234");
    static final Cpr DAUGHTER = Cpr.of("0101174236");

    final InMemoryApplication app = new InMemoryApplication(NOW);
    final Citizen mother = new Citizen(MOTHER);

    CardPaymentUseCaseTest() {
        Address home = TestData.addressIn(TestData.THISTED, "7700", TestData.THISTED_CENTRE, "home");
        app.practitioners.add(TestData.openPractice(DOCTOR.value(), TestData.THISTED_CENTRE));
        for (Cpr cpr : List.of(MOTHER, SON, DAUGHTER)) {
            app.persons.add(TestData.livingAt(cpr.value(), home));
            app.registrations.record(InsuranceRegistration.doctorChoice(cpr, DOCTOR, TODAY.minusYears(1), NOW, UUID.randomUUID(), null));
        }
        app.persons.relate(Relation.custody(MOTHER, SON));
        app.persons.relate(Relation.custody(MOTHER, DAUGHTER));
        withNetsKey("nets/787/2026");
    }

    @Test
    @DisplayName("PAY-2 and DOC-12: a mother's self-service order for herself and two children is one payment of three cards")
    void PAY2_onePaymentThreeCards() {
        CardOrderCase ordered = orderLost(MOTHER, SON, DAUGHTER);

        Payment payment = ordered.payment().orElseThrow();
        assertThat(payment.total()).isEqualByComparingTo("570");
        assertThat(payment.items()).extracting(PaymentItem::cpr).containsExactly(MOTHER, SON, DAUGHTER);
        assertThat(payment.payer()).isEqualTo(MOTHER);
        assertThat(ordered.orders()).allSatisfy(order -> {
            assertThat(order.payment()).isEqualTo(new CardPayment.ByPaymentCard(payment.id()));
            assertThat(order.state()).as("CARD-12: waits for the reservation").isInstanceOf(CardOrderState.AwaitingPayment.class);
        });
    }

    @Test
    @DisplayName("CARD-12 and PAY-1: reserved at order, each card charged only when dispatched, once however often the supplier reports it")
    void CARD12_reserveThenChargeAtDispatch() {
        CardOrderCase ordered = orderLost(MOTHER, SON);
        app.delivery.deliverDue(10); // Nets makes the payment
        Payment created = app.payments.get(ordered.payment().orElseThrow().id());
        assertThat(created.state()).isInstanceOf(PaymentState.AwaitingCheckout.class);
        assertThat(app.cardSupplier.calls).as("no card before the reservation").isEmpty();

        String netsId = created.netsPaymentId().orElseThrow();
        app.nets.reserve(netsId);
        assertThat(app.netsEvents.receive(new NetsEvent("ev-1", "payment.reservation.created.v2", netsId))).isEqualTo(ReceiveNetsEventUseCase.Receipt.TAKEN);
        assertThat(app.netsEvents.receive(new NetsEvent("ev-1", "payment.reservation.created.v2", netsId))).isEqualTo(ReceiveNetsEventUseCase.Receipt.ALREADY_TAKEN);
        assertThat(app.netsEvents.receive(new NetsEvent("ev-x", "payment.reservation.created.v2", "np-unknown"))).isEqualTo(ReceiveNetsEventUseCase.Receipt.NOT_OURS);
        assertThat(app.payments.get(created.id()).isReserved()).isTrue();
        app.delivery.deliverDue(10);
        assertThat(app.cardSupplier.ordersHeld()).hasSize(2);
        assertThat(app.nets.callsOf("charge")).as("nothing charged before a dispatch").isZero();

        CardOrder mothers = app.cardOrders.get(ordered.orders().get(0).id());
        SupplierReport dispatched = new SupplierReport(UUID.randomUUID(), mothers.id(), SupplierStatus.DISPATCHED, NOW, "S-0");
        app.supplierReports.receive(dispatched);
        app.supplierReports.receive(dispatched);
        app.supplierReports.receive(new SupplierReport(UUID.randomUUID(), mothers.id(), SupplierStatus.DISPATCHED, NOW, "S-0"));
        app.delivery.deliverDue(10);
        app.delivery.deliverDue(10);

        assertThat(app.outbox.all()).filteredOn(row -> row.payload() instanceof NetsCommand.Charge).hasSize(1);
        assertThat(app.nets.callsOf("charge")).isEqualTo(1);
        Payment afterOne = app.payments.get(created.id());
        assertThat(afterOne.itemOf(MOTHER).orElseThrow().status()).isEqualTo(PaymentItem.Status.CHARGED);
        assertThat(afterOne.itemOf(SON).orElseThrow().isOpen()).isTrue();

        app.supplierReports.receive(new SupplierReport(UUID.randomUUID(), ordered.orders().get(1).id(), SupplierStatus.DISPATCHED, NOW, "S-1"));
        app.delivery.deliverDue(10);
        assertThat(app.nets.callsOf("charge")).isEqualTo(2);
        assertThat(app.payments.get(created.id()).items()).extracting(PaymentItem::status).containsOnly(PaymentItem.Status.CHARGED);
        app.letters.deliverDue(10); // the order's receipt (LET-2)
        assertThat(app.forloeb.get(ordered.forloeb().id()).status()).isInstanceOf(ForloebStatus.Completed.class);
    }

    @Test
    @DisplayName("PAY-1: cancelling the forløb before the cards are drawn releases the reservation, once")
    void PAY1_cancelReleases() {
        CardOrderCase ordered = orderLost(MOTHER, SON);
        app.delivery.deliverDue(10);
        String netsId = app.payments.get(ordered.payment().orElseThrow().id()).netsPaymentId().orElseThrow();
        app.nets.reserve(netsId);
        app.netsEvents.receive(new NetsEvent("ev-2", "payment.reservation.created.v2", netsId));
        app.delivery.deliverDue(10);

        assertThat(app.forloebService.cancel(mother, ordered.forloeb().id())).isInstanceOf(Outcome.Success.class);
        app.delivery.deliverDue(10);
        app.delivery.deliverDue(10);

        assertThat(app.nets.callsOf("cancel")).isEqualTo(1);
        assertThat(app.nets.payment(netsId, NetsKeys.of("k")).cancelled()).isEqualByComparingTo("380");
        assertThat(app.nets.callsOf("charge")).isZero();
        assertThat(app.payments.get(ordered.payment().orElseThrow().id()).state()).isInstanceOf(PaymentState.Released.class);
    }

    @Test
    @DisplayName("INT-5 (Nets down): the payment waits in the outbox and, back, is made once; no card goes out unpaid")
    void INT5_netsDown() {
        CardOrderCase ordered = orderLost(MOTHER);
        app.nets.down(true);
        app.delivery.deliverDue(10);
        app.clock.advance(Duration.ofMinutes(10));
        app.delivery.deliverDue(10);
        assertThat(app.outbox.of(ordered.forloeb().id())).extracting(InMemoryOutbox.Row::state).containsOnly(InMemoryOutbox.State.PENDING);
        assertThat(app.cardSupplier.calls).isEmpty();

        app.nets.down(false);
        app.clock.advance(Duration.ofHours(1));
        app.delivery.deliverDue(10);
        assertThat(app.outbox.of(ordered.forloeb().id(), OutboxKind.NETS_PAYMENT)).extracting(InMemoryOutbox.Row::state)
                .containsOnly(InMemoryOutbox.State.CONFIRMED);
        assertThat(app.payments.get(ordered.payment().orElseThrow().id()).state()).isInstanceOf(PaymentState.AwaitingCheckout.class);
    }

    @Test
    @DisplayName("PAY-4: a capture after the municipality's key was rotated offers the new key first, then the one the reservation was made under")
    void PAY4_keyRotation() {
        CardOrderCase ordered = orderLost(MOTHER);
        app.delivery.deliverDue(10);
        Payment payment = app.payments.get(ordered.payment().orElseThrow().id());
        app.nets.reserve(payment.netsPaymentId().orElseThrow());
        app.netsEvents.receive(new NetsEvent("ev-3", "payment.reservation.created.v2", payment.netsPaymentId().orElseThrow()));
        app.delivery.deliverDue(10);
        withNetsKey("nets/787/2027");

        app.supplierReports.receive(new SupplierReport(UUID.randomUUID(), ordered.orders().getFirst().id(), SupplierStatus.DISPATCHED, NOW, "S"));
        app.delivery.deliverDue(10);

        assertThat(app.nets.calls).filteredOn(call -> call.operation().equals("charge")).singleElement()
                .satisfies(call -> assertThat(call.keys()).isEqualTo(NetsKeys.of("nets/787/2027", "nets/787/2026")));
        assertThat(app.nets.calls).filteredOn(call -> call.operation().equals("create")).singleElement()
                .satisfies(call -> assertThat(call.keys()).isEqualTo(NetsKeys.of("nets/787/2026")));
    }

    @Test
    @DisplayName("CFG-2: a municipality without a Nets agreement cannot take self-service payments; nothing is stored")
    void noNetsAgreement() {
        app.configuration.locals.put(TestData.THISTED, Configurations.defaults(TestData.THISTED));
        assertThat(app.orderCards.order(command(List.of(MOTHER)))).isEqualTo(Outcome.refused(CardPayments.NO_NETS_AGREEMENT));
        assertThat(app.cardOrders.all()).isEmpty();
        assertThat(app.payments.all()).isEmpty();
    }

    @Test
    @DisplayName("CARD-12 (closed doctor in self-service): the choice's cards are reserved with the choice and charged only after the doctor approves and each card is dispatched")
    void CARD12_closedDoctor_approved_then_charged_at_dispatch() {
        ForloebId id = chooseClosedDoctor();
        Payment payment = app.payments.all().getFirst();
        assertThat(payment.forloebId()).isEqualTo(id);
        assertThat(payment.items()).extracting(PaymentItem::cpr).containsExactly(MOTHER, SON);
        reserve(payment);
        assertThat(app.cardOrders.ofForloeb(id)).as("no card while the dispensation is pending").isEmpty();

        app.doctorChoices.answerDispensation(new dk.sygesikring.domain.access.Caseworker("cw-787-1", TestData.THISTED, false), id,
                true, null);
        app.delivery.deliverDue(10); // LUNA registers the choice; in effect, its cards go to the supplier at once (reserved)
        app.delivery.deliverDue(10);
        List<CardOrder> cards = app.cardOrders.ofForloeb(id);
        assertThat(cards).hasSize(2).allSatisfy(order -> assertThat(order.payment()).isEqualTo(new CardPayment.ByPaymentCard(payment.id())));
        assertThat(app.cardSupplier.ordersHeld()).hasSize(2);
        assertThat(app.nets.callsOf("charge")).isZero();

        cards.forEach(order -> app.supplierReports.receive(new SupplierReport(UUID.randomUUID(), order.id(), SupplierStatus.DISPATCHED, NOW, "S")));
        app.delivery.deliverDue(10);
        assertThat(app.nets.callsOf("charge")).isEqualTo(2);
        assertThat(app.payments.get(payment.id()).items()).extracting(PaymentItem::status).containsOnly(PaymentItem.Status.CHARGED);
    }

    @Test
    @DisplayName("CARD-12 (rejected dispensation): a rejected dispensation releases the reservation; nothing is charged and no card ordered")
    void CARD12_closedDoctor_rejected_releases() {
        ForloebId id = chooseClosedDoctor();
        Payment payment = app.payments.all().getFirst();
        reserve(payment);

        app.doctorChoices.answerDispensation(new dk.sygesikring.domain.access.Caseworker("cw-787-1", TestData.THISTED, false), id,
                false, "Ingen plads");
        app.delivery.deliverDue(10);
        app.delivery.deliverDue(10);

        assertThat(app.nets.callsOf("cancel")).isEqualTo(1);
        assertThat(app.nets.callsOf("charge")).isZero();
        assertThat(app.payments.get(payment.id()).state()).isInstanceOf(PaymentState.Released.class);
        assertThat(app.cardOrders.ofForloeb(id)).isEmpty();
    }

    @Test
    @DisplayName("CARD-12 via a caseworker: a caseworker's doctor choice makes no payment by payment card; its cards are paid at the municipality")
    void CARD12_caseworkersChoiceIsNotPaidByCard() {
        Practitioner open = TestData.openPractice("060606", TestData.THISTED_CENTRE);
        app.practitioners.add(open);
        var command = new dk.sygesikring.application.doctorchoice.ChooseDoctorCommand(
                new dk.sygesikring.domain.access.Caseworker("cw-787-1", TestData.THISTED, false),
                List.of(new dk.sygesikring.application.doctorchoice.ChooseDoctorCommand.PersonToChoose(MOTHER,
                        Optional.of(dk.sygesikring.domain.doctorchoice.ConsentAnswer.YES))),
                open.providerNumber(), TODAY, dk.sygesikring.domain.doctorchoice.ChoiceReason.SELF_CHOSEN, false, Optional.empty(),
                Optional.empty(), null);
        assertThat(app.chooseDoctor.choose(command)).isInstanceOf(Outcome.Success.class);
        assertThat(app.payments.all()).isEmpty();
    }

    @Test
    @DisplayName("CARD-12 and CARD-3 (a citizen's own group change from 1 to 2): the card's fee is reserved with the change, the card ordered once in effect and charged once dispatched")
    void CARD12_citizensGroupChange_reserved_then_charged_at_dispatch() {
        Forloeb changed = changeGroupTwo(mother);
        Payment payment = app.payments.ofForloeb(changed.id()).orElseThrow();
        assertThat(payment.payer()).isEqualTo(MOTHER);
        assertThat(payment.items()).extracting(PaymentItem::cpr, PaymentItem::kroner)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MOTHER, new java.math.BigDecimal("190.00")));

        reserve(payment); // LUNA registers the change meanwhile: in effect today, its card goes to the supplier
        app.delivery.deliverDue(10);
        CardOrder card = app.cardOrders.ofForloeb(changed.id()).getFirst();
        assertThat(card.reason()).isEqualTo(CardOrderReason.GROUP_CHANGE);
        assertThat(card.card().group()).isEqualTo(dk.sygesikring.domain.group.Sikringsgruppe.GROUP_2);
        assertThat(card.payment()).isEqualTo(new CardPayment.ByPaymentCard(payment.id()));
        assertThat(app.cardSupplier.ordersHeld()).hasSize(1);
        assertThat(app.nets.callsOf("charge")).as("nothing charged before the dispatch").isZero();

        SupplierReport dispatched = new SupplierReport(UUID.randomUUID(), card.id(), SupplierStatus.DISPATCHED, NOW, "S-G");
        app.supplierReports.receive(dispatched);
        app.supplierReports.receive(dispatched);
        app.delivery.deliverDue(10);
        assertThat(app.nets.callsOf("charge")).isEqualTo(1);
        assertThat(app.payments.get(payment.id()).items()).extracting(PaymentItem::status).containsOnly(PaymentItem.Status.CHARGED);
        app.letters.deliverDue(10); // the change's receipt (LET-1)
        assertThat(app.forloeb.get(changed.id()).status()).isInstanceOf(ForloebStatus.Completed.class);
    }

    @Test
    @DisplayName("CARD-12 via a caseworker (group change): a caseworker's change from 1 to 2 makes no payment by payment card; its card is paid at the municipality")
    void CARD12_caseworkersGroupChangeIsNotPaidByCard() {
        Forloeb changed = changeGroupTwo(new dk.sygesikring.domain.access.Caseworker("cw-787-1", TestData.THISTED, false));
        app.delivery.deliverDue(10);

        assertThat(app.payments.all()).isEmpty();
        assertThat(app.cardOrders.ofForloeb(changed.id())).singleElement()
                .satisfies(card -> assertThat(card.payment()).isInstanceOf(CardPayment.AtMunicipality.class));
    }

    @Test
    @DisplayName("CFG-2 (group change): where the municipality has no Nets agreement, a citizen's own change makes no payment; its card is paid at the municipality")
    void CFG2_citizensGroupChangeWithoutNetsAgreement() {
        app.configuration.locals.put(TestData.THISTED, Configurations.defaults(TestData.THISTED));
        Forloeb changed = changeGroupTwo(mother);
        app.delivery.deliverDue(10);

        assertThat(app.payments.all()).isEmpty();
        assertThat(app.cardOrders.ofForloeb(changed.id())).singleElement()
                .satisfies(card -> assertThat(card.payment()).isInstanceOf(CardPayment.AtMunicipality.class));
    }

    @Test
    @DisplayName("PAY-1 (group change): a citizen's change cancelled before LUNA has it charges nothing, orders no card, and leaves nothing reserved")
    void PAY1_cancelledGroupChangeReleases() {
        Forloeb changed = changeGroupTwo(mother);
        Payment payment = app.payments.ofForloeb(changed.id()).orElseThrow();

        assertThat(app.forloebService.cancel(mother, changed.id())).isInstanceOf(Outcome.Success.class);
        app.delivery.deliverDue(10);
        app.delivery.deliverDue(10);

        assertThat(app.cardOrders.ofForloeb(changed.id())).isEmpty();
        assertThat(app.nets.callsOf("charge")).isZero();
        assertThat(app.payments.get(payment.id()).items()).noneMatch(PaymentItem::isOpen);
    }

    private Forloeb changeGroupTwo(dk.sygesikring.domain.access.Actor actor) {
        Outcome<Forloeb> changed = app.changeGroup.changeGroup(new dk.sygesikring.application.group.ChangeGroupCommand(actor,
                MOTHER, dk.sygesikring.domain.group.Sikringsgruppe.GROUP_2, TODAY, null));
        assertThat(changed).isInstanceOf(Outcome.Success.class);
        return ((Outcome.Success<Forloeb>) changed).value();
    }

    /** The mother chooses a closed doctor for herself and her son in self-service: a dispensation is needed (DOC-3, DOC-4). */
    private ForloebId chooseClosedDoctor() {
        Practitioner closed = TestData.openPractice("070707", TestData.THISTED_CENTRE);
        app.practitioners.add(new Practitioner(closed.providerNumber(), closed.practiceName(), closed.address(),
                closed.municipalityCode(), closed.kind(), false, closed.capacity(), closed.closingLimit(),
                closed.registeredPatients(), closed.selectivelyOpenPostcodes()));
        for (int i = 0; i < 3; i++) { // two open doctors nearby: no exception, a dispensation is needed (DOC-3)
            app.practitioners.add(TestData.openPractice("08080" + i, TestData.THISTED_CENTRE));
        }
        var command = new dk.sygesikring.application.doctorchoice.ChooseDoctorCommand(mother,
                List.of(new dk.sygesikring.application.doctorchoice.ChooseDoctorCommand.PersonToChoose(MOTHER,
                                Optional.of(dk.sygesikring.domain.doctorchoice.ConsentAnswer.YES)),
                        new dk.sygesikring.application.doctorchoice.ChooseDoctorCommand.PersonToChoose(SON,
                                Optional.of(dk.sygesikring.domain.doctorchoice.ConsentAnswer.YES))),
                closed.providerNumber(), TODAY, dk.sygesikring.domain.doctorchoice.ChoiceReason.SELF_CHOSEN, false, Optional.empty(),
                Optional.empty(), null);
        var chosen = app.chooseDoctor.choose(command);
        assertThat(chosen).isInstanceOf(Outcome.Success.class);
        var choice = ((Outcome.Success<dk.sygesikring.application.doctorchoice.DoctorChoiceCase>) chosen).value();
        assertThat(choice.choice().state()).isInstanceOf(dk.sygesikring.domain.doctorchoice.DoctorChoiceState.AwaitingDispensation.class);
        return choice.forloeb().id();
    }

    /** Nets makes the payment, the citizen completes the checkout, Nets reports the reservation. */
    private void reserve(Payment payment) {
        app.delivery.deliverDue(10);
        String netsId = app.payments.get(payment.id()).netsPaymentId().orElseThrow();
        app.nets.reserve(netsId);
        app.netsEvents.receive(new NetsEvent("ev-" + netsId, "payment.reservation.created.v2", netsId));
        assertThat(app.payments.get(payment.id()).isReserved()).isTrue();
    }

    private CardOrderCase orderLost(Cpr... persons) {
        Outcome<CardOrderCase> ordered = app.orderCards.order(command(List.of(persons)));
        assertThat(ordered).isInstanceOf(Outcome.Success.class);
        return ((Outcome.Success<CardOrderCase>) ordered).value();
    }

    private OrderCardsCommand command(List<Cpr> persons) {
        return new OrderCardsCommand(mother, persons.stream()
                .map(cpr -> new OrderCardsCommand.CardToOrder(cpr, CardOrderReason.LOST, Optional.empty())).toList(),
                Optional.empty(), new IdempotencyKey(UUID.randomUUID().toString()));
    }

    private void withNetsKey(String reference) {
        LocalConfiguration local = Configurations.defaults(TestData.THISTED);
        app.configuration.locals.put(TestData.THISTED, new LocalConfiguration(local.municipality(), local.adHocTaskDeadline(),
                local.paymentChannels(), local.highRoadCodes(), local.remotePrintSupplier(), Optional.of(reference),
                local.sessionTimeout()));
    }
}

package dk.sygesikring.application.group;

import static dk.sygesikring.application.fakes.TestData.THISTED;
import static dk.sygesikring.application.fakes.TestData.THISTED_CENTRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.sygesikring.application.card.SupplierReport;
import dk.sygesikring.application.fakes.Configurations;
import dk.sygesikring.application.fakes.InMemoryApplication;
import dk.sygesikring.application.fakes.InMemoryOutbox;
import dk.sygesikring.application.fakes.TestData;
import dk.sygesikring.application.idempotency.IdempotencyKey;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.card.CardOrderReason;
import dk.sygesikring.domain.card.SupplierStatus;
import dk.sygesikring.domain.configuration.Days;
import dk.sygesikring.domain.configuration.TaskType;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.group.GroupChange;
import dk.sygesikring.domain.group.GroupChangeState;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.result.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * POST /persons/{cpr}/group-changes and GET /persons/{cpr}/group as the use cases see them, with LUNA's answers
 * through the real outbox delivery: in-memory ports, a fake LUNA, data of each test's own.
 */
class ChangeGroupUseCaseTest {

    static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final LocalDate NEXT_WEEK = TODAY.plusDays(7);
    static final Caseworker CASEWORKER = new Caseworker("cw-787-1", THISTED, false);

    final InMemoryApplication app = new InMemoryApplication(NOW);
    final Person person = app.persons.add(TestData.livingAt("0101801231",
            TestData.addressIn(THISTED, "7700", THISTED_CENTRE, "home-1")));

    ChangeGroupUseCaseTest() {
        app.registrations.record(InsuranceRegistration.groupChange(person.cpr(), Sikringsgruppe.GROUP_1,
                TODAY.minusYears(1), NOW.minusSeconds(3600), UUID.randomUUID(), null));
    }

    Forloeb changeToGroupTwo() {
        return app.changeGroup.changeGroup(new ChangeGroupCommand(CASEWORKER, person.cpr(), Sikringsgruppe.GROUP_2, NEXT_WEEK, null))
                .orElseThrow();
    }

    @Test
    @DisplayName("GRP-3 a caseworker changes the group: the change, its forløb and its registration for LUNA are stored together, and it shows as on its way (GRP-4)")
    void GRP3_a_change_is_made_and_is_on_its_way() {
        Forloeb made = changeToGroupTwo();

        assertThat(app.groupChanges.load(made.id())).contains(new GroupChange(made.id(), person.cpr(), Sikringsgruppe.GROUP_2,
                NEXT_WEEK, new GroupChangeState.AwaitingLuna(NOW)));
        assertThat(made.openActivity(ActivityType.AWAIT_LUNA)).isPresent();
        assertThat(app.outbox.all()).extracting(InMemoryOutbox.Row::payload).containsExactly(
                new LunaRegistration.GroupChange(person.cpr(), Sikringsgruppe.GROUP_2, NEXT_WEEK, made.id().value()));
        assertThat(app.transactions.count()).isEqualTo(1);
        assertThat(app.readGroup.readGroup(CASEWORKER, person.cpr()).orElseThrow().pending()).containsExactly(made);
    }

    @Test
    @DisplayName("GRP-4 and CARD-2 (group change) once LUNA confirms, the change is registered and upcoming, nothing is on its way, and the card of group 2 is ordered; its dispatch completes the forløb")
    void GRP4_luna_confirms_the_change() {
        Forloeb made = changeToGroupTwo();

        assertThat(app.delivery.deliverDue(10)).as("the registration, then the card of the new group").isEqualTo(2);

        assertThat(app.groupChanges.load(made.id()).orElseThrow().state()).isEqualTo(new GroupChangeState.Registered(NOW));
        GroupOverview overview = app.readGroup.readGroup(CASEWORKER, person.cpr()).orElseThrow();
        assertThat(overview.pending()).isEmpty();
        assertThat(overview.upcoming()).extracting(InsuranceRegistration::group, InsuranceRegistration::validFrom)
                .containsExactly(tuple(Sikringsgruppe.GROUP_2, NEXT_WEEK));
        CardOrder card = app.cardOrders.ofForloeb(made.id()).getFirst();
        assertThat(card.reason()).isEqualTo(CardOrderReason.GROUP_CHANGE);
        assertThat(card.card().group()).isEqualTo(Sikringsgruppe.GROUP_2);
        assertThat(card.card().validFrom()).isEqualTo(NEXT_WEEK);
        assertThat(app.forloeb.get(made.id()).openActivity(ActivityType.ORDER_CARD)).isPresent();

        app.supplierReports.receive(new SupplierReport(UUID.randomUUID(), card.id(), SupplierStatus.DISPATCHED, NOW, "S-1"));
        assertThat(app.forloeb.get(made.id()).isInProgress()).as("the receipt is still on its way").isTrue();
        app.letters.deliverDue(10);
        assertThat(app.forloeb.get(made.id()).isInProgress()).isFalse();
    }

    @Test
    @DisplayName("DOC-7 (LUNA refusal) LUNA refuses the change: it is refused with LUNA's answer, on its way no more, and a caseworker's task has the configured deadline")
    void DOC7_luna_refuses_the_change_and_a_task_gets_the_configured_deadline() {
        app.configuration.global = Configurations.withTaskDeadline(app.configuration.global, TaskType.LUNA_REFUSAL, Days.of(5));
        Forloeb made = changeToGroupTwo();
        app.luna.refuse(person.cpr(), "CPR-nummeret er ukendt i LUNA");

        assertThat(app.delivery.deliverDue(10)).isEqualTo(1);

        assertThat(app.groupChanges.load(made.id()).orElseThrow().state())
                .isEqualTo(new GroupChangeState.RefusedByLuna("CPR-nummeret er ukendt i LUNA", NOW));
        assertThat(app.forloeb.get(made.id()).activities()).extracting(Activity::type, Activity::state, Activity::deadline)
                .containsExactly(tuple(ActivityType.AWAIT_LUNA, ActivityState.FAILED, null),
                        tuple(ActivityType.MANUAL_TASK, ActivityState.OPEN, TODAY.plusDays(5)));
        assertThat(app.readGroup.readGroup(CASEWORKER, person.cpr()).orElseThrow().pending()).isEmpty();
        assertThat(app.registrations.loadRegistrations(person.cpr())).hasSize(1);
    }

    @Test
    @DisplayName("FORL-3 a change whose forløb is cancelled before LUNA has it is cancelled, and its registration withdrawn")
    void FORL3_cancelling_the_forloeb_cancels_the_change() {
        Forloeb made = changeToGroupTwo();

        app.forloebService.cancel(CASEWORKER, made.id()).orElseThrow();

        assertThat(app.groupChanges.load(made.id()).orElseThrow().state()).isInstanceOf(GroupChangeState.Cancelled.class);
        assertThat(app.outbox.all()).extracting(InMemoryOutbox.Row::state).containsExactly(InMemoryOutbox.State.WITHDRAWN);
        assertThat(app.delivery.deliverDue(10)).isZero();
        assertThat(app.luna.calls).isEmpty();
    }

    @Test
    @DisplayName("ROLE-5 a citizen may change only between groups 1 and 2: a change to group 4 is refused, and nothing is written")
    void ROLE5_a_citizen_changing_to_group_four_is_refused() {
        var refused = app.changeGroup.changeGroup(new ChangeGroupCommand(new Citizen(person.cpr()), person.cpr(),
                Sikringsgruppe.GROUP_4, NEXT_WEEK, null));

        assertThat(refused.refusedBecause()).map(Refusal::rule).contains("ROLE-5");
        assertThat(app.forloeb.all()).isEmpty();
        assertThat(app.groupChanges.all()).isEmpty();
        assertThat(app.outbox.all()).isEmpty();
    }

    @Test
    void a_repeated_request_with_its_idempotency_key_changes_nothing_more() {
        IdempotencyKey key = new IdempotencyKey("group-1");
        ChangeGroupCommand command = new ChangeGroupCommand(CASEWORKER, person.cpr(), Sikringsgruppe.GROUP_2, NEXT_WEEK, key);

        Forloeb first = app.changeGroup.changeGroup(command).orElseThrow();
        Forloeb again = app.changeGroup.changeGroup(command).orElseThrow();

        assertThat(again).isEqualTo(first);
        assertThat(app.groupChanges.all()).hasSize(1);
        assertThat(app.outbox.all()).hasSize(1);
    }
}

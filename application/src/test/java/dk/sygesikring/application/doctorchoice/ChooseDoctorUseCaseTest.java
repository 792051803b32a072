package dk.sygesikring.application.doctorchoice;

import static dk.sygesikring.application.fakes.TestData.THISTED;
import static dk.sygesikring.application.fakes.TestData.THISTED_CENTRE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.sygesikring.application.doctorchoice.ChooseDoctorCommand.PersonToChoose;
import dk.sygesikring.application.fakes.InMemoryApplication;
import dk.sygesikring.application.fakes.TestData;
import dk.sygesikring.application.group.ChangeGroupCommand;
import dk.sygesikring.application.idempotency.IdempotencyKey;
import dk.sygesikring.application.idempotency.IdempotentForloeb;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.doctorchoice.ChoiceReason;
import dk.sygesikring.domain.doctorchoice.ConsentAnswer;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState;
import dk.sygesikring.domain.forloeb.DetailChange;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.group.GroupChange;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * POST /doctor-choices as the use case sees it: the real service, assessment and policies over in-memory ports. Each
 * test makes its own application, persons and practice.
 */
class ChooseDoctorUseCaseTest {

    static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final LocalDate TOMORROW = TODAY.plusDays(1);
    static final ProviderNumber DOCTOR = ProviderNumber.of("050208");
    static final Caseworker CASEWORKER = new Caseworker("cw-787-1", THISTED, false);

    final InMemoryApplication app = new InMemoryApplication(NOW);
    final Address home = TestData.addressIn(THISTED, "7700", THISTED_CENTRE, "home-1");
    final Person adult = app.persons.add(TestData.livingAt("0101801231", home));

    ChooseDoctorUseCaseTest() {
        app.practitioners.add(TestData.openPractice(DOCTOR.value(), new Coordinates(56.9560, 8.6900)));
    }

    void inGroup(Person person, Sikringsgruppe group, LocalDate from) {
        app.registrations.record(InsuranceRegistration.groupChange(person.cpr(), group, from, NOW.minusSeconds(3600),
                UUID.randomUUID(), null));
    }

    ChooseDoctorCommand choice(Person person, ChoiceReason reason, Optional<Address> newAddress, IdempotencyKey key) {
        return new ChooseDoctorCommand(CASEWORKER, List.of(new PersonToChoose(person.cpr(), Optional.of(ConsentAnswer.YES))),
                DOCTOR, TOMORROW, reason, false, Optional.empty(), newAddress, key);
    }

    ChooseDoctorCommand selfChosen(Person person) {
        return choice(person, ChoiceReason.SELF_CHOSEN, Optional.empty(), null);
    }

    void nothingWritten() {
        assertThat(app.forloeb.all()).isEmpty();
        assertThat(app.choices.pendingFor(List.of(adult.cpr()))).isEmpty();
        assertThat(app.outbox.all()).isEmpty();
        assertThat(app.groupChanges.all()).isEmpty();
    }

    @Test
    @DisplayName("DOC-2 an open doctor near the person: the choice goes to LUNA with its forløb, in one transaction")
    void DOC2_an_open_doctor_is_chosen_and_handed_to_luna() {
        inGroup(adult, Sikringsgruppe.GROUP_1, TODAY.minusYears(1));

        DoctorChoiceCase made = app.chooseDoctor.choose(selfChosen(adult)).orElseThrow();

        assertThat(made.choice().state()).isEqualTo(new DoctorChoiceState.AwaitingLuna());
        Forloeb forloeb = made.forloeb();
        assertThat(forloeb.type()).isEqualTo(ForloebType.DOCTOR_CHOICE);
        assertThat(forloeb.municipality()).as("the caseworker's municipality owns it (ROLE-2)").isEqualTo(THISTED);
        assertThat(forloeb.details()).filteredOn(detail -> detail.about().isPresent())
                .extracting(DetailChange::name, DetailChange::person, DetailChange::value)
                .containsExactly(tuple("samtykke", adult.cpr(), "YES"),
                        tuple("grundlag", adult.cpr(), made.choice().persons().get(0).basis().explained()));
        assertThat(app.outbox.all()).singleElement().satisfies(row -> assertThat(row.payload())
                .isEqualTo(new LunaRegistration.DoctorChoice(adult.cpr(), DOCTOR, TOMORROW, forloeb.id().value())));
        assertThat(app.practitioners.locked).as("the doctor's row is locked once (DOC-7)").containsExactly(DOCTOR);
        assertThat(app.transactions.count()).isEqualTo(1);
        assertThat(app.auditLog.entries).hasSize(1);
    }

    @Test
    @DisplayName("DOC-1 a provider number the register does not hold is refused, and nothing is written")
    void DOC1_an_unknown_practitioner_is_refused() {
        inGroup(adult, Sikringsgruppe.GROUP_1, TODAY.minusYears(1));
        ChooseDoctorCommand unknown = new ChooseDoctorCommand(CASEWORKER, List.of(new PersonToChoose(adult.cpr(), Optional.empty())),
                ProviderNumber.of("999999"), TOMORROW, ChoiceReason.SELF_CHOSEN, false, Optional.empty(), Optional.empty(), null);

        assertThat(app.chooseDoctor.choose(unknown).refusedBecause()).contains(DoctorChoiceAssessment.UNKNOWN_PRACTITIONER);
        nothingWritten();
    }

    @Test
    @DisplayName("GRP-6 a person in group 2 on the valid-from date is refused, and nothing is written")
    void GRP6_a_person_in_group_two_is_refused() {
        inGroup(adult, Sikringsgruppe.GROUP_2, TODAY.minusYears(1));

        assertThat(app.chooseDoctor.choose(selfChosen(adult)).refusedBecause()).map(Refusal::code).contains("not-in-group-1");
        nothingWritten();
    }

    @Test
    @DisplayName("GRP-6 a change to group 1 on its way to LUNA counts; once LUNA has refused it, it does not")
    void GRP6_a_change_to_group_one_counts_until_luna_refuses_it() {
        inGroup(adult, Sikringsgruppe.GROUP_2, TODAY.minusYears(1));
        app.changeGroup.changeGroup(new ChangeGroupCommand(CASEWORKER, adult.cpr(), Sikringsgruppe.GROUP_1, TOMORROW, null))
                .orElseThrow();

        DoctorChoiceCase first = app.chooseDoctor.choose(selfChosen(adult)).orElseThrow();
        assertThat(first.choice().state()).as("on its way, the change counts").isEqualTo(new DoctorChoiceState.AwaitingLuna());

        // LUNA refuses both; the choice is closed as refused (DOC-7), the group change too
        app.luna.refuse(adult.cpr(), "CPR-nummeret er spærret i LUNA");
        assertThat(app.delivery.deliverDue(10)).isEqualTo(2);
        assertThat(app.groupChanges.all()).extracting(GroupChange::isOnItsWay).containsExactly(false);

        assertThat(app.chooseDoctor.choose(selfChosen(adult)).refusedBecause()).map(Refusal::code)
                .as("a refused change is a caseworker's task now, not a change to group 1").contains("not-in-group-1");
    }

    @Test
    @DisplayName("DOC-9 a move from Greenland for a person in group 7: the choice waits for the move, and the change to group 1 goes to LUNA in the new municipality")
    void DOC9_a_move_from_greenland_brings_the_change_to_group_one() {
        Person returning = app.persons.add(TestData.abroad("0101801242"));
        inGroup(returning, Sikringsgruppe.GROUP_7, TODAY.minusYears(2));
        MunicipalityCode morsoe = MunicipalityCode.of("773");
        Address newHome = TestData.addressIn(morsoe, "7900", new Coordinates(56.9600, 8.7000), "new-home-1");

        DoctorChoiceCase made = app.chooseDoctor.choose(choice(returning, ChoiceReason.MOVE_FROM_GREENLAND,
                Optional.of(newHome), null)).orElseThrow();

        assertThat(made.choice().state()).isEqualTo(new DoctorChoiceState.AwaitingMoveEvent());
        assertThat(made.forloeb().municipality()).as("DOC-8: the new address's municipality").isEqualTo(morsoe);
        GroupChange change = app.groupChanges.onItsWayFor(returning.cpr()).get(0);
        assertThat(change).extracting(GroupChange::group, GroupChange::validFrom).containsExactly(Sikringsgruppe.GROUP_1, TOMORROW);
        Forloeb groupChange = app.forloeb.get(change.forloebId());
        assertThat(groupChange.triggeredBy()).isEqualTo(made.forloeb().id());
        assertThat(groupChange.municipality()).isEqualTo(morsoe);
        assertThat(app.outbox.all()).extracting(row -> row.payload()).containsExactly(
                new LunaRegistration.GroupChange(returning.cpr(), Sikringsgruppe.GROUP_1, TOMORROW, change.forloebId().value()));
    }

    @Test
    @DisplayName("DOC-9 a move from Greenland for a person in group 1 is refused: it is for group 7")
    void DOC9_a_move_from_greenland_for_a_person_in_group_one_is_refused() {
        inGroup(adult, Sikringsgruppe.GROUP_1, TODAY.minusYears(1));
        Address newHome = TestData.addressIn(THISTED, "7700", THISTED_CENTRE, "new-home-2");

        assertThat(app.chooseDoctor.choose(choice(adult, ChoiceReason.MOVE_FROM_GREENLAND, Optional.of(newHome), null))
                .refusedBecause()).map(Refusal::code).contains("not-in-group-7");
        nothingWritten();
    }

    @Test
    @DisplayName("DOC-16 a second choice while the first is in progress is refused")
    void DOC16_a_second_choice_while_one_is_in_progress_is_refused() {
        inGroup(adult, Sikringsgruppe.GROUP_1, TODAY.minusYears(1));
        app.chooseDoctor.choose(selfChosen(adult)).orElseThrow();

        Outcome<DoctorChoiceCase> second = app.chooseDoctor.choose(selfChosen(adult));

        assertThat(second.refusedBecause()).map(Refusal::rule).contains("DOC-16");
        assertThat(app.forloeb.all()).hasSize(1);
    }

    @Test
    void the_same_idempotency_key_answers_the_first_choice_and_another_body_with_it_is_refused() {
        inGroup(adult, Sikringsgruppe.GROUP_1, TODAY.minusYears(1));
        IdempotencyKey key = new IdempotencyKey("choice-1");
        DoctorChoiceCase first = app.chooseDoctor.choose(choice(adult, ChoiceReason.SELF_CHOSEN, Optional.empty(), key)).orElseThrow();

        DoctorChoiceCase again = app.chooseDoctor.choose(choice(adult, ChoiceReason.SELF_CHOSEN, Optional.empty(), key)).orElseThrow();
        ChooseDoctorCommand otherBody = new ChooseDoctorCommand(CASEWORKER, List.of(new PersonToChoose(adult.cpr(), Optional.empty())),
                DOCTOR, TOMORROW.plusDays(1), ChoiceReason.SELF_CHOSEN, false, Optional.empty(), Optional.empty(), key);

        assertThat(again).isEqualTo(first);
        assertThat(app.chooseDoctor.choose(otherBody).refusedBecause()).contains(IdempotentForloeb.KEY_REUSED);
        assertThat(app.forloeb.all()).hasSize(1);
        assertThat(app.outbox.all()).hasSize(1);
    }
}

package dk.sygesikring.application.luna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.sygesikring.application.deadline.Deadline;
import dk.sygesikring.application.doctorchoice.DoctorChoiceProgress;
import dk.sygesikring.application.fakes.Configurations;
import dk.sygesikring.application.fakes.CountingTransactions;
import dk.sygesikring.application.fakes.FakeLuna;
import dk.sygesikring.application.fakes.InMemoryApplication;
import dk.sygesikring.application.fakes.InMemoryConfiguration;
import dk.sygesikring.application.fakes.InMemoryDoctorChoices;
import dk.sygesikring.application.fakes.InMemoryForloebStore;
import dk.sygesikring.application.fakes.InMemoryOutbox.State;
import dk.sygesikring.application.fakes.InMemoryOutbox;
import dk.sygesikring.application.fakes.InMemoryRegistrations;
import dk.sygesikring.application.fakes.RecordingDeadlines;
import dk.sygesikring.application.fakes.SettableClock;
import dk.sygesikring.application.fakes.TestData;
import dk.sygesikring.application.group.MissingDoctorChoice;
import dk.sygesikring.application.outbox.OutboxDeliveryService;
import dk.sygesikring.application.port.out.cardsupplier.CardOrderForSupplier;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.configuration.Days;
import dk.sygesikring.domain.doctorchoice.Availability;
import dk.sygesikring.domain.doctorchoice.ChoiceReason;
import dk.sygesikring.domain.doctorchoice.Consent;
import dk.sygesikring.domain.doctorchoice.DoctorChoice.Candidate;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.result.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Registrations through the outbox to LUNA and what LUNA's answers do to the forløb and the doctor choice: the real
 * delivery loop, LUNA handler and doctor-choice progress, with every driven port in memory and a fake LUNA.
 */
class LunaDeliveryUseCaseTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final MunicipalityCode THISTED = MunicipalityCode.of("787");
    static final ProviderNumber DOCTOR = ProviderNumber.of("050208");
    static final Cpr MOTHER = Cpr.of("0101801231");
    static final Cpr CHILD = Cpr.of("0101151234");
    static final Availability OPEN = Availability.choosable("DOC-2", "the practice is open for new patients");
    static final String UNKNOWN_PERSON = "the person is not known to LUNA";

    final InMemoryApplication app = new InMemoryApplication(NOW);
    final SettableClock clock = app.clock;
    final InMemoryOutbox outbox = app.outbox;
    final InMemoryForloebStore forloeb = app.forloeb;
    final InMemoryDoctorChoices choices = app.choices;
    final RecordingDeadlines deadlines = app.deadlines;
    final InMemoryRegistrations registrations = app.registrations;
    final CountingTransactions transactions = app.transactions;
    final FakeLuna luna = app.luna;
    final DoctorChoiceProgress progress = app.progress;
    final OutboxDeliveryService delivery = app.delivery;
    final Caseworker caseworker = new Caseworker("cw-787-1", THISTED, false);

    @Test
    @DisplayName("DOC-7 (release on refusal) LUNA refuses a family's choice for one person: refused with LUNA's answer, no place held, the other registration not sent, the consent question ended, a caseworker's task")
    void DOC7_a_refusal_closes_the_family_choice() {
        ForloebId id = familyChoice();
        luna.refuse(MOTHER, UNKNOWN_PERSON);
        assertThat(choices.reservationsAt(Set.of(DOCTOR)).countFor(DOCTOR)).as("before: a place per person").isEqualTo(2);
        assertThat(deadlines.scheduled(Deadline.Kind.CONSENT, id)).isPresent();

        assertThat(delivery.deliverDue(10)).isEqualTo(1);

        assertThat(luna.calls).singleElement().satisfies(call -> assertThat(call.registration().cpr()).isEqualTo(MOTHER));
        assertThat(outbox.of(id)).extracting(InMemoryOutbox.Row::state, InMemoryOutbox.Row::lastError).containsExactly(
                tuple(State.REFUSED, UNKNOWN_PERSON), tuple(State.WITHDRAWN, "Lægevalget blev afvist af LUNA"));
        DoctorChoice refused = choices.get(id);
        assertThat(refused.state()).isEqualTo(new DoctorChoiceState.RefusedByLuna(NOW, UNKNOWN_PERSON));
        assertThat(choices.reservationsAt(Set.of(DOCTOR)).countFor(DOCTOR)).as("the places are released").isZero();
        assertThat(choices.pendingFor(List.of(MOTHER, CHILD))).as("DOC-16 counts it no more").isEmpty();
        assertThat(deadlines.scheduled(Deadline.Kind.CONSENT, id)).as("the consent question ended").isEmpty();
        Forloeb after = forloeb.get(id);
        assertThat(after.isInProgress()).as("until the caseworker has acted").isTrue();
        assertThat(after.activities()).extracting(Activity::type, Activity::state).containsExactly(
                tuple(ActivityType.AWAIT_CONSENT, ActivityState.CANCELLED),
                tuple(ActivityType.AWAIT_LUNA, ActivityState.FAILED),
                tuple(ActivityType.MANUAL_TASK, ActivityState.OPEN));
        assertThat(after.activities().get(1).note()).isEqualTo("LUNA afviste: " + UNKNOWN_PERSON);
        assertThat(after.activities().get(1).closedBy()).isEqualTo(Creator.system("LUNA"));
        assertThat(after.activities().get(2).note()).contains(UNKNOWN_PERSON, MOTHER.value(), DOCTOR.value());
        assertThat(registrations.loadRegistrations(MOTHER)).isEmpty();
    }

    @Test
    @DisplayName("FORL-4 (confirmation) a family's choice takes effect when LUNA has confirmed every person, each registered once")
    void FORL4_a_family_choice_takes_effect_with_the_last_confirmation() {
        ForloebId id = familyChoice();

        assertThat(delivery.deliverDue(1)).isEqualTo(1);
        assertThat(choices.get(id).state()).as("one of two confirmed").isEqualTo(new DoctorChoiceState.AwaitingLuna());
        assertThat(delivery.deliverDue(1)).isEqualTo(1);

        assertThat(choices.get(id).state()).isEqualTo(new DoctorChoiceState.InEffect(NOW));
        assertThat(outbox.of(id)).filteredOn(row -> row.payload() instanceof LunaRegistration)
                .extracting(InMemoryOutbox.Row::state).containsExactly(State.CONFIRMED, State.CONFIRMED);
        assertThat(outbox.of(id)).as("in effect: each person's card is ordered (DOC-12)")
                .filteredOn(row -> row.payload() instanceof CardOrderForSupplier).hasSize(2);
        assertThat(luna.registrationsOf(MOTHER)).hasSize(1);
        assertThat(luna.registrationsOf(CHILD)).hasSize(1);
        assertThat(registrations.loadRegistrations(CHILD)).singleElement().satisfies(registration ->
                assertThat(registration.registrationId()).isEqualTo(luna.registrationsOf(CHILD).getFirst().registrationId()));
        // DOC-7: the places are counted from these registrations, no counter is kept
        assertThat(registrations.loadRegistrations(MOTHER)).singleElement()
                .satisfies(registration -> assertThat(registration.providerNumber()).isEqualTo(DOCTOR));
        assertThat(forloeb.get(id).activities()).filteredOn(activity -> activity.type() == ActivityType.AWAIT_LUNA)
                .singleElement().satisfies(activity -> assertThat(activity.state()).isEqualTo(ActivityState.DONE));
    }

    @Test
    @DisplayName("INT-5 (outage) LUNA down: the choice keeps waiting and its places, nothing is lost; back, it takes effect and nobody is registered twice")
    void INT5_an_outage_loses_nothing() {
        ForloebId id = familyChoice();
        luna.down(true);

        assertThat(delivery.deliverDue(10)).as("LUNA is tried once per batch while it is down").isEqualTo(1);
        clock.advance(Duration.ofSeconds(2));
        assertThat(delivery.deliverDue(10)).isEqualTo(1);

        assertThat(choices.get(id).state()).isEqualTo(new DoctorChoiceState.AwaitingLuna());
        assertThat(choices.reservationsAt(Set.of(DOCTOR)).countFor(DOCTOR)).isEqualTo(2);
        assertThat(outbox.of(id)).extracting(InMemoryOutbox.Row::state).containsOnly(State.PENDING);

        luna.down(false);
        clock.advance(Duration.ofMinutes(1));
        assertThat(delivery.deliverDue(10)).as("the two registrations, then the two cards of the choice in effect").isEqualTo(4);

        assertThat(choices.get(id).state()).isInstanceOf(DoctorChoiceState.InEffect.class);
        assertThat(luna.registrationsOf(MOTHER)).hasSize(1);
        assertThat(luna.registrationsOf(CHILD)).hasSize(1);
    }

    @Test
    @DisplayName("FORL-4 (refusal) LUNA refuses a group change: the forløb stops waiting and a caseworker's task says what LUNA answered")
    void FORL4_a_refused_group_change_stops_waiting() {
        Forloeb change = Forloeb.start(ForloebType.GROUP_CHANGE, THISTED, Creator.of(caseworker), MOTHER, List.of(MOTHER), NOW, null)
                .withActivity(Activity.open(ActivityType.AWAIT_LUNA, NOW, null, "Gruppeskift til 2 registreres i LUNA"));
        transactions.inTransaction(() -> {
            forloeb.save(change);
            outbox.enqueue(UUID.randomUUID(), change.id(), new LunaRegistration.GroupChange(MOTHER, Sikringsgruppe.GROUP_2,
                    TODAY.plusDays(5), change.id().value()), NOW);
            return null;
        });
        luna.refuse(MOTHER, UNKNOWN_PERSON);

        assertThat(delivery.deliverDue(10)).isEqualTo(1);

        Forloeb after = forloeb.get(change.id());
        assertThat(after.activities()).extracting(Activity::type, Activity::state, Activity::note).containsExactly(
                tuple(ActivityType.AWAIT_LUNA, ActivityState.FAILED, "LUNA afviste: " + UNKNOWN_PERSON),
                tuple(ActivityType.MANUAL_TASK, ActivityState.OPEN,
                        "LUNA afviste gruppeskiftet til gruppe 2 for " + MOTHER.value() + ": " + UNKNOWN_PERSON));
        assertThat(outbox.of(change.id())).extracting(InMemoryOutbox.Row::state).containsExactly(State.REFUSED);
        assertThat(registrations.loadRegistrations(MOTHER)).isEmpty();
    }

    /** A mother and child choose an open doctor; the child's consent is "don't know": AWAIT_CONSENT, then LUNA. */
    private ForloebId familyChoice() {
        // the persons and the doctor the cards of the choice in effect show (CARD-1)
        Address home = TestData.addressIn(THISTED, "7700", TestData.THISTED_CENTRE, "home");
        app.persons.add(TestData.livingAt(MOTHER.value(), home));
        app.persons.add(TestData.livingAt(CHILD.value(), home));
        app.practitioners.add(TestData.openPractice(DOCTOR.value(), TestData.THISTED_CENTRE));
        ForloebId id = ForloebId.random();
        Forloeb created = Forloeb.start(id, ForloebType.DOCTOR_CHOICE, THISTED, Creator.of(caseworker), MOTHER,
                List.of(MOTHER, CHILD), NOW, null);
        Outcome<DoctorChoice> started = DoctorChoice.start(id, THISTED, DOCTOR, TODAY.plusDays(1), ChoiceReason.SELF_CHOSEN,
                List.of(new Candidate(MOTHER, OPEN, Consent.yes()), new Candidate(CHILD, OPEN, Consent.dontKnowUntil(TODAY.plusDays(8)))),
                false, caseworker, TODAY, Days.of(14));
        DoctorChoice choice = ((Outcome.Success<DoctorChoice>) started).value();
        transactions.inTransaction(() -> progress.started(created, choice, NOW));
        assertThat(choices.get(id).state()).isEqualTo(new DoctorChoiceState.AwaitingLuna());
        assertThat(outbox.of(id)).hasSize(2);
        return id;
    }
}

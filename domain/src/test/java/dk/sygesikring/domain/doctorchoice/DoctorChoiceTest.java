package dk.sygesikring.domain.doctorchoice;

import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.THISTED;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.configuration.Days;
import dk.sygesikring.domain.configuration.RulesConfiguration;
import dk.sygesikring.domain.doctorchoice.DoctorChoice.Candidate;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState.AwaitingDispensation;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState.AwaitingLuna;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState.AwaitingMoveEvent;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState.Cancelled;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState.InEffect;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState.RefusedByLuna;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState.Rejected;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.result.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DoctorChoiceTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    static final ProviderNumber DOCTOR = ProviderNumber.of("050208");
    static final Cpr MOTHER = Cpr.of("0101801231");
    static final Cpr CHILD = Cpr.of("0101151234");
    static final Availability OPEN = Availability.choosable("DOC-2", "the practice is open for new patients");
    static final Availability CLOSED = Availability.needsDispensation("DOC-3", "the practice is closed for new patients");
    static final Availability FULL = Availability.refused("DOC-7", "the practice has no free capacity");

    final Caseworker caseworker = new Caseworker("cw-1", THISTED, false);
    final Citizen mother = new Citizen(MOTHER);
    final Creator doctorAnswer = Creator.system("050208");

    @Test
    @DisplayName("DOC-2 an open doctor for mother and child: one choice for both, straight to LUNA, each with their own consent")
    void open_doctor_goes_to_luna() {
        DoctorChoice choice = start(ChoiceReason.SELF_CHOSEN, false, mother,
                new Candidate(MOTHER, OPEN, Consent.yes()), new Candidate(CHILD, OPEN, Consent.dontKnowUntil(TODAY.plusDays(8))));

        assertThat(choice.state()).isEqualTo(new AwaitingLuna());
        assertThat(choice.persons()).extracting(ChosenPerson::cpr).containsExactly(MOTHER, CHILD);
        assertThat(choice.person(CHILD).orElseThrow().consent()).isEqualTo(Consent.dontKnowUntil(TODAY.plusDays(8)));
        assertThat(choice.isPending()).isTrue();
    }

    @Test
    @DisplayName("DOC-4 a closed doctor for any of the persons: the whole choice waits 14 days for the doctor's answer")
    void closed_doctor_waits_for_dispensation() {
        DoctorChoice choice = start(ChoiceReason.SELF_CHOSEN, false, mother,
                new Candidate(MOTHER, OPEN, Consent.yes()), new Candidate(CHILD, CLOSED, Consent.yes()));

        assertThat(choice.state()).isEqualTo(new AwaitingDispensation(TODAY.plusDays(14)));
    }

    @Test
    @DisplayName("DOC-4 CFG-1 the doctor's answer period is the configured one, fixed on the day the choice is made")
    void dispensation_period_from_configuration() {
        DoctorChoice choice = value(DoctorChoice.start(new ForloebId(UUID.randomUUID()), THISTED, DOCTOR, TODAY,
                ChoiceReason.SELF_CHOSEN, List.of(new Candidate(MOTHER, CLOSED, Consent.yes())), false, mother, TODAY,
                Days.of(10)));

        assertThat(choice.state()).isEqualTo(new AwaitingDispensation(TODAY.plusDays(10)));
    }

    @Test
    @DisplayName("DOC-5 last-day part: the last day to settle a choice's don't know is its persons' (none when no one answered don't know)")
    void last_day_to_settle_consent() {
        DoctorChoice undecided = start(ChoiceReason.SELF_CHOSEN, false, mother,
                new Candidate(MOTHER, OPEN, Consent.yes()), new Candidate(CHILD, OPEN, Consent.dontKnowUntil(TODAY.plusDays(3))));
        DoctorChoice decided = start(ChoiceReason.SELF_CHOSEN, false, mother, new Candidate(MOTHER, OPEN, Consent.no()));

        assertThat(undecided.lastDayToSettleConsent()).contains(TODAY.plusDays(3));
        assertThat(decided.lastDayToSettleConsent()).isEmpty();
    }

    @Test
    @DisplayName("DOC-4 approval sends the choice to LUNA; rejection and silence close it as rejected, recording who and when")
    void dispensation_answers() {
        DoctorChoice waiting = start(ChoiceReason.SELF_CHOSEN, false, mother, new Candidate(MOTHER, CLOSED, Consent.no()));

        assertThat(value(waiting.dispensationAnswered(true, doctorAnswer, NOW)).state()).isEqualTo(new AwaitingLuna());
        assertThat(value(waiting.dispensationAnswered(false, doctorAnswer, NOW)).state())
                .isEqualTo(new Rejected(NOW, doctorAnswer, false));
        Creator system = Creator.system("dispensation deadline");
        assertThat(value(waiting.dispensationSilence(system, NOW)).state()).isEqualTo(new Rejected(NOW, system, true));
        assertThat(value(waiting.dispensationSilence(system, NOW)).isPending()).isFalse();
    }

    @Test
    @DisplayName("DOC-4 a second answer, or an answer to a choice not waiting for one, is refused")
    void only_one_answer() {
        DoctorChoice approved = value(start(ChoiceReason.SELF_CHOSEN, false, mother, new Candidate(MOTHER, CLOSED, Consent.no()))
                .dispensationAnswered(true, doctorAnswer, NOW));

        assertThat(approved.dispensationAnswered(false, doctorAnswer, NOW)).isEqualTo(Outcome.refused(DoctorChoice.NOT_AWAITING_DISPENSATION));
        assertThat(approved.dispensationSilence(doctorAnswer, NOW)).isEqualTo(Outcome.refused(DoctorChoice.NOT_AWAITING_DISPENSATION));
    }

    @Test
    @DisplayName("DOC-4 a caseworker forces a closed doctor: no dispensation, and the basis says it was forced")
    void caseworker_forces() {
        DoctorChoice forced = start(ChoiceReason.SELF_CHOSEN, true, caseworker, new Candidate(MOTHER, CLOSED, Consent.yes()));

        assertThat(forced.state()).isEqualTo(new AwaitingLuna());
        assertThat(forced.forced()).isTrue();
        assertThat(forced.persons().get(0).basis().rule()).isEqualTo("DOC-4");
    }

    @Test
    @DisplayName("DOC-4 a citizen cannot force a closed doctor")
    void citizen_cannot_force() {
        assertThat(DoctorChoice.start(new ForloebId(UUID.randomUUID()), THISTED, DOCTOR, TODAY, ChoiceReason.SELF_CHOSEN,
                List.of(new Candidate(MOTHER, CLOSED, Consent.yes())), true, mother, TODAY, RulesConfiguration.DISPENSATION_ANSWER_PERIOD))
                .isEqualTo(Outcome.refused(DoctorChoice.FORCED_BY_CASEWORKER_ONLY));
    }

    @Test
    @DisplayName("DOC-7 no free place for one of the persons refuses the whole choice, naming the person and the rule")
    void no_place_refuses() {
        Outcome<DoctorChoice> outcome = DoctorChoice.start(new ForloebId(UUID.randomUUID()), THISTED, DOCTOR, TODAY,
                ChoiceReason.SELF_CHOSEN, List.of(new Candidate(MOTHER, OPEN, Consent.yes()), new Candidate(CHILD, FULL, Consent.yes())),
                true, caseworker, TODAY, RulesConfiguration.DISPENSATION_ANSWER_PERIOD);

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class, refused -> {
            assertThat(refused.refusal().rule()).isEqualTo("DOC-7");
            assertThat(refused.refusal().detail()).contains(CHILD.value());
        });
    }

    @Test
    @DisplayName("DOC-9 a move choice waits for CPR's move event, also after a dispensation, and then goes to LUNA")
    void move_waits_for_event() {
        DoctorChoice moving = start(ChoiceReason.MOVE, false, mother, new Candidate(MOTHER, OPEN, Consent.yes()));
        assertThat(moving.state()).isEqualTo(new AwaitingMoveEvent());
        assertThat(value(moving.moveEventArrived()).state()).isEqualTo(new AwaitingLuna());

        DoctorChoice closedMove = start(ChoiceReason.MOVE_FROM_GREENLAND, false, mother, new Candidate(MOTHER, CLOSED, Consent.yes()));
        assertThat(value(closedMove.dispensationAnswered(true, doctorAnswer, NOW)).state()).isEqualTo(new AwaitingMoveEvent());
        assertThat(closedMove.moveEventArrived()).isEqualTo(Outcome.refused(DoctorChoice.NOT_AWAITING_MOVE_EVENT));
    }

    @Test
    @DisplayName("FORL-3 a choice awaiting dispensation can be cancelled; one in effect cannot")
    void cancel_rules() {
        DoctorChoice waiting = start(ChoiceReason.SELF_CHOSEN, false, mother, new Candidate(MOTHER, CLOSED, Consent.yes()));
        Creator by = Creator.of(caseworker);

        assertThat(value(waiting.cancel(by, NOW)).state()).isEqualTo(new Cancelled(NOW, by));
        DoctorChoice inEffect = value(waiting.dispensationAnswered(true, doctorAnswer, NOW)).registeredInLuna(NOW);
        assertThat(inEffect.state()).isEqualTo(new InEffect(NOW));
        assertThat(inEffect.cancel(by, NOW)).isEqualTo(Outcome.refused(DoctorChoice.IN_EFFECT_CANNOT_BE_CANCELLED));
        assertThat(value(waiting.cancel(by, NOW)).cancel(by, NOW)).isEqualTo(Outcome.refused(DoctorChoice.NOT_PENDING));
    }

    @Test
    @DisplayName("DOC-7 (release on refusal) LUNA refusing a choice ends it with LUNA's answer: no longer pending, so no place held; a later answer changes nothing")
    void DOC7_a_refusal_by_luna_ends_the_choice() {
        DoctorChoice awaitingLuna = start(ChoiceReason.SELF_CHOSEN, false, mother, new Candidate(MOTHER, OPEN, Consent.yes()));

        DoctorChoice refused = awaitingLuna.refusedByLuna("unknown provider number 050208", NOW);

        assertThat(refused.state()).isEqualTo(new RefusedByLuna(NOW, "unknown provider number 050208"));
        assertThat(refused.state().name()).isEqualTo("REFUSED_BY_LUNA");
        assertThat(refused.isPending()).isFalse();
        assertThat(ChoiceInProgressPolicy.mayStart(List.of(refused), THISTED)).as("DOC-16 does not count it").isEmpty();
        assertThat(refused.registeredInLuna(NOW.plusSeconds(1))).isEqualTo(refused);
        assertThat(refused.refusedByLuna("again", NOW.plusSeconds(1))).isEqualTo(refused);
        assertThat(refused.cancel(Creator.of(caseworker), NOW)).isEqualTo(Outcome.refused(DoctorChoice.NOT_PENDING));
        DoctorChoice waitingForDispensation = start(ChoiceReason.SELF_CHOSEN, false, mother, new Candidate(MOTHER, CLOSED, Consent.yes()));
        assertThat(waitingForDispensation.refusedByLuna("too early", NOW)).as("only a choice sent to LUNA can be refused by it")
                .isEqualTo(waitingForDispensation);
    }

    @Test
    @DisplayName("DOC-5 one person's don't know is settled within 8 days; the others' consents are untouched")
    void settle_consent_per_person() {
        DoctorChoice choice = start(ChoiceReason.SELF_CHOSEN, false, mother,
                new Candidate(MOTHER, OPEN, Consent.no()), new Candidate(CHILD, OPEN, Consent.dontKnowUntil(TODAY.plusDays(8))));

        DoctorChoice settled = value(choice.settleConsent(CHILD, ConsentAnswer.YES, mother, TODAY.plusDays(8)));
        assertThat(settled.person(CHILD).orElseThrow().consent()).isEqualTo(Consent.yes());
        assertThat(settled.person(MOTHER).orElseThrow().consent()).isEqualTo(Consent.no());
        assertThat(choice.hasConsentToSettle(TODAY.plusDays(8))).isTrue();
        assertThat(choice.hasConsentToSettle(TODAY.plusDays(9))).isFalse();
        assertThat(choice.settleConsent(CHILD, ConsentAnswer.YES, mother, TODAY.plusDays(9)))
                .isEqualTo(Outcome.refused(Consent.settlingPeriodOver(TODAY.plusDays(8))));
        assertThat(choice.settleConsent(Cpr.of("0202802345"), ConsentAnswer.YES, mother, TODAY))
                .isEqualTo(Outcome.refused(DoctorChoice.PERSON_NOT_IN_CHOICE));
    }

    @Test
    @DisplayName("DOC-16 a pending choice in another municipality refuses a new one, naming that municipality's code")
    void in_progress_elsewhere() {
        DoctorChoice pendingInAalborg = value(DoctorChoice.start(new ForloebId(UUID.randomUUID()), MunicipalityCode.of("851"),
                DOCTOR, TODAY, ChoiceReason.SELF_CHOSEN, List.of(new Candidate(MOTHER, CLOSED, Consent.yes())), false,
                caseworker, TODAY, RulesConfiguration.DISPENSATION_ANSWER_PERIOD));

        assertThat(ChoiceInProgressPolicy.mayStart(List.of(pendingInAalborg), THISTED)).hasValueSatisfying(refusal -> {
            assertThat(refusal.rule()).isEqualTo("DOC-16");
            assertThat(refusal.detail()).endsWith("municipality 851");
        });
        assertThat(ChoiceInProgressPolicy.mayStart(List.of(pendingInAalborg), MunicipalityCode.of("851")))
                .hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo("doctor-choice-in-progress"));
        DoctorChoice ended = value(pendingInAalborg.dispensationSilence(doctorAnswer, NOW));
        assertThat(ChoiceInProgressPolicy.mayStart(List.of(ended), THISTED)).isEmpty();
    }

    private DoctorChoice start(ChoiceReason reason, boolean force, Actor actor, Candidate... candidates) {
        return value(DoctorChoice.start(new ForloebId(UUID.randomUUID()), THISTED, DOCTOR, TODAY, reason,
                List.of(candidates), force, actor, TODAY, RulesConfiguration.DISPENSATION_ANSWER_PERIOD));
    }

    private static DoctorChoice value(Outcome<DoctorChoice> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Success.class);
        return ((Outcome.Success<DoctorChoice>) outcome).value();
    }
}

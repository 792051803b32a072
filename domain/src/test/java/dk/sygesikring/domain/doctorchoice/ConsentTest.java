package dk.sygesikring.domain.doctorchoice;

import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.configuration.Days;
import dk.sygesikring.domain.configuration.RulesConfiguration;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsentTest {

    static final LocalDate CREATED = TODAY;
    static final Days EIGHT_DAYS = RulesConfiguration.CONSENT_PERIOD;
    static final LocalDate EIGHTH_DAY = CREATED.plusDays(8);

    final Citizen citizen = new Citizen(Cpr.of("0101801231"));
    final Caseworker caseworker = new Caseworker("cw-1", MunicipalityCode.of("787"), false);

    @Test
    @DisplayName("DOC-5 yes and no are final: changing them is refused")
    void DOC5_yes_and_no_are_final() {
        assertThat(Consent.yes().settle(ConsentAnswer.NO, caseworker, CREATED)).isEqualTo(Outcome.refused(Consent.FINAL));
        assertThat(Consent.no().settle(ConsentAnswer.YES, citizen, CREATED)).isEqualTo(Outcome.refused(Consent.FINAL));
        assertThat(Consent.no().settle(ConsentAnswer.DONT_KNOW, citizen, CREATED)).isEqualTo(Outcome.refused(Consent.FINAL));
        assertThat(Consent.FINAL.rule()).isEqualTo("DOC-5");
    }

    @Test
    @DisplayName("DOC-5 giving a final consent its own answer again changes nothing and is not refused")
    void DOC5_repeating_a_final_answer() {
        assertThat(Consent.yes().settle(ConsentAnswer.YES, citizen, CREATED)).isEqualTo(Outcome.success(Consent.yes()));
    }

    @Test
    @DisplayName("DOC-5 don't know can be settled to yes or no by the citizen or a caseworker up to and including the 8th day")
    void DOC5_settle_within_8_days() {
        Consent dontKnow = Consent.dontKnowUntil(EIGHTH_DAY);

        assertThat(dontKnow.settle(ConsentAnswer.YES, citizen, CREATED)).isEqualTo(Outcome.success(Consent.yes()));
        assertThat(dontKnow.settle(ConsentAnswer.NO, caseworker, EIGHTH_DAY)).isEqualTo(Outcome.success(Consent.no()));
        assertThat(dontKnow.settle(ConsentAnswer.DONT_KNOW, caseworker, EIGHTH_DAY)).isEqualTo(Outcome.success(dontKnow));
    }

    @Test
    @DisplayName("DOC-5 from the 9th day don't know can no longer be settled")
    void DOC5_no_settling_after_8_days() {
        assertThat(Consent.dontKnowUntil(EIGHTH_DAY).settle(ConsentAnswer.YES, citizen, EIGHTH_DAY.plusDays(1)))
                .isEqualTo(Outcome.refused(Consent.settlingPeriodOver(EIGHTH_DAY)));
        assertThat(Consent.settlingPeriodOver(EIGHTH_DAY).detail())
                .isEqualTo("\"Don't know\" could be settled until and including 2026-11-30; it now counts as no");
    }

    @Test
    @DisplayName("DOC-5 don't know counts as don't know through the 8th day and as no from the 9th")
    void DOC5_dont_know_becomes_no_after_8_days() {
        Consent dontKnow = Consent.dontKnowUntil(EIGHTH_DAY);

        assertThat(dontKnow.effectiveOn(CREATED)).isEqualTo(ConsentAnswer.DONT_KNOW);
        assertThat(dontKnow.effectiveOn(EIGHTH_DAY)).isEqualTo(ConsentAnswer.DONT_KNOW);
        assertThat(dontKnow.effectiveOn(EIGHTH_DAY.plusDays(1))).isEqualTo(ConsentAnswer.NO);
        assertThat(dontKnow.recorded()).isEqualTo(ConsentAnswer.DONT_KNOW);
        assertThat(Consent.yes().effectiveOn(EIGHTH_DAY.plusYears(1))).isEqualTo(ConsentAnswer.YES);
    }

    @Test
    @DisplayName("DOC-5 only the citizen or a caseworker settles a consent, not the system or an administrator")
    void DOC5_who_settles() {
        Consent dontKnow = Consent.dontKnowUntil(EIGHTH_DAY);

        assertThat(dontKnow.settle(ConsentAnswer.YES, new SystemActor("deadlines"), CREATED))
                .isEqualTo(Outcome.refused(Consent.SETTLED_BY_CITIZEN_OR_CASEWORKER));
        assertThat(dontKnow.settle(ConsentAnswer.YES, new MunicipalAdministrator("adm-1", MunicipalityCode.of("787")), CREATED))
                .isEqualTo(Outcome.refused(Consent.SETTLED_BY_CITIZEN_OR_CASEWORKER));
    }

    @Test
    @DisplayName("DOC-5 automatic assignment, CPR-event handling and mass assignment start with don't know")
    void DOC5_defaults() {
        for (ChoiceReason reason : new ChoiceReason[] {ChoiceReason.AUTOMATIC_ASSIGNMENT, ChoiceReason.CPR_EVENT,
                ChoiceReason.MASS_ASSIGNMENT}) {
            assertThat(Consent.atCreation(reason, Optional.empty(), CREATED, EIGHT_DAYS)).as("%s", reason)
                    .isEqualTo(Outcome.success(Consent.dontKnowUntil(EIGHTH_DAY)));
        }
    }

    @Test
    @DisplayName("DOC-5 every other choice must say yes, no or don't know")
    void DOC5_consent_required_otherwise() {
        Arrays.stream(ChoiceReason.values()).filter(reason -> !reason.consentDefaultsToDontKnow()).forEach(reason ->
                assertThat(Consent.atCreation(reason, Optional.empty(), CREATED, EIGHT_DAYS)).as("%s", reason)
                        .isEqualTo(Outcome.refused(Consent.REQUIRED)));
        assertThat(Consent.atCreation(ChoiceReason.SELF_CHOSEN, Optional.of(ConsentAnswer.YES), CREATED, EIGHT_DAYS))
                .isEqualTo(Outcome.success(Consent.yes()));
        assertThat(Consent.atCreation(ChoiceReason.MASS_ASSIGNMENT, Optional.of(ConsentAnswer.NO), CREATED, EIGHT_DAYS))
                .isEqualTo(Outcome.success(Consent.no()));
    }

    @Test
    @DisplayName("DOC-5 CFG-1 don't know can be settled for the configured consent period after the choice's creation day")
    void DOC5_period_from_configuration() {
        Outcome<Consent> threeDays = Consent.atCreation(ChoiceReason.SELF_CHOSEN, Optional.of(ConsentAnswer.DONT_KNOW),
                CREATED, Days.of(3));

        assertThat(threeDays).isEqualTo(Outcome.success(Consent.dontKnowUntil(CREATED.plusDays(3))));
        Consent dontKnow = threeDays.orElseThrow();
        assertThat(dontKnow.effectiveOn(CREATED.plusDays(3))).isEqualTo(ConsentAnswer.DONT_KNOW);
        assertThat(dontKnow.effectiveOn(CREATED.plusDays(4))).isEqualTo(ConsentAnswer.NO);
        assertThat(dontKnow.settle(ConsentAnswer.YES, citizen, CREATED.plusDays(4)))
                .isEqualTo(Outcome.refused(Consent.settlingPeriodOver(CREATED.plusDays(3))));
    }
}

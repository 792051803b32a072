package dk.sygesikring.domain.doctorchoice;

import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.configuration.RulesConfiguration;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Refusal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetroactiveDatePolicyTest {

    final Citizen citizen = new Citizen(Cpr.of("0101801231"));
    final Caseworker caseworker = new Caseworker("cw-1", MunicipalityCode.of("787"), false);
    final Caseworker special = new Caseworker("cw-2", MunicipalityCode.of("787"), true);

    @Test
    @DisplayName("DOC-6 a citizen's choice takes effect from today, never back in time, at most 30 days ahead")
    void DOC6_citizen() {
        assertThat(refusal(citizen, TODAY)).isEmpty();
        assertThat(refusal(citizen, TODAY.plusDays(30))).isEmpty();
        assertThat(refusal(citizen, TODAY.minusDays(1))).isPresent();
        assertThat(refusal(citizen, TODAY.plusDays(31))).isPresent();
    }

    @Test
    @DisplayName("DOC-6 a caseworker dates a choice up to 14 days back, not 15, and up to 30 days ahead")
    void DOC6_caseworker() {
        assertThat(refusal(caseworker, TODAY.minusDays(14))).isEmpty();
        assertThat(refusal(caseworker, TODAY.minusDays(15))).isPresent();
        assertThat(refusal(caseworker, TODAY.plusDays(30))).isEmpty();
        assertThat(refusal(caseworker, TODAY.plusDays(31))).isPresent();
    }

    @Test
    @DisplayName("DOC-6 a caseworker with special rights dates a choice up to a year (365 days) back and ahead")
    void DOC6_special_rights() {
        assertThat(refusal(special, TODAY.minusDays(365))).isEmpty();
        assertThat(refusal(special, TODAY.minusDays(366))).isPresent();
        assertThat(refusal(special, TODAY.plusDays(365))).isEmpty();
        assertThat(refusal(special, TODAY.plusDays(366))).isPresent();
    }

    @Test
    @DisplayName("DOC-6 the system (automatic assignment, CPR events) is not limited")
    void DOC6_system_unrestricted() {
        SystemActor system = new SystemActor("cpr-events");

        assertThat(refusal(system, TODAY.minusYears(5))).isEmpty();
        assertThat(refusal(system, TODAY.plusYears(2))).isEmpty();
    }

    @Test
    @DisplayName("DOC-6 an administrator has a caseworker's window")
    void DOC6_administrator() {
        MunicipalAdministrator administrator = new MunicipalAdministrator("adm-1", MunicipalityCode.of("787"));

        assertThat(refusal(administrator, TODAY.minusDays(14))).isEmpty();
        assertThat(refusal(administrator, TODAY.minusDays(15))).isPresent();
    }

    @Test
    @DisplayName("DOC-6 the refusal names the rule and the dates the actor may use")
    void DOC6_refusal() {
        assertThat(refusal(caseworker, TODAY.minusDays(15))).contains(Refusal.unprocessable("effective-date-outside-window",
                "DOC-6", "A doctor choice by this actor must take effect between 2026-11-08 and 2026-12-22"));
    }

    private static Optional<Refusal> refusal(Actor actor, LocalDate validFrom) {
        return RetroactiveDatePolicy.mayTakeEffect(actor, validFrom, TODAY, RulesConfiguration.WINDOWS);
    }
}

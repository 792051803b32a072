package dk.sygesikring.domain.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConfigurationAccessPolicyTest {

    static final MunicipalityCode AARHUS = MunicipalityCode.of("751");
    static final MunicipalityCode ODENSE = MunicipalityCode.of("461");
    final MunicipalAdministrator administrator = new MunicipalAdministrator("adm-751", AARHUS);
    final Caseworker caseworker = new Caseworker("cw-751", AARHUS, true);
    final SystemActor operator = new SystemActor("national-operator");
    final Citizen citizen = new Citizen(Cpr.of("0101801231"));

    @Test
    @DisplayName("CFG-3 who-changes part: only administrators change configuration: the global one the national operator (SYSTEM), a local one an administrator of that municipality")
    void CFG3_who_changes() {
        assertThat(ConfigurationAccessPolicy.mayChangeGlobal(operator)).isEmpty();
        assertThat(ConfigurationAccessPolicy.mayChangeGlobal(administrator)).contains(ConfigurationAccessPolicy.GLOBAL_BY_SYSTEM_ONLY);
        assertThat(ConfigurationAccessPolicy.mayChangeGlobal(caseworker)).contains(ConfigurationAccessPolicy.GLOBAL_BY_SYSTEM_ONLY);

        assertThat(ConfigurationAccessPolicy.mayChangeLocal(administrator, AARHUS)).isEmpty();
        for (Actor other : new Actor[] {caseworker, operator, citizen}) {
            assertThat(ConfigurationAccessPolicy.mayChangeLocal(other, AARHUS)).as("%s", other)
                    .hasValueSatisfying(refusal -> assertThat(refusal.rule()).isEqualTo("CFG-3"));
        }
        assertThat(ConfigurationAccessPolicy.mayChangeLocal(administrator, ODENSE)).contains(Refusal.forbidden(
                "local-configuration-by-own-administrator-only", "CFG-3",
                "Only an administrator of municipality 461 changes its local configuration"));
    }

    @Test
    @DisplayName("ROLE-2 CFG-3 reading part: a municipality's local configuration is read by its own administrators and caseworkers and by the system")
    void reading_local() {
        assertThat(ConfigurationAccessPolicy.mayReadLocal(administrator, AARHUS)).isEmpty();
        assertThat(ConfigurationAccessPolicy.mayReadLocal(caseworker, AARHUS)).isEmpty();
        assertThat(ConfigurationAccessPolicy.mayReadLocal(operator, ODENSE)).isEmpty();
        assertThat(ConfigurationAccessPolicy.mayReadLocal(caseworker, ODENSE))
                .hasValueSatisfying(refusal -> assertThat(refusal.rule()).isEqualTo("ROLE-2"));
        assertThat(ConfigurationAccessPolicy.mayReadLocal(citizen, AARHUS)).isPresent();
        assertThat(ConfigurationAccessPolicy.mayReadGlobal(caseworker)).isEmpty();
        assertThat(ConfigurationAccessPolicy.mayReadGlobal(citizen)).isPresent();
    }

    @Test
    @DisplayName("CFG-3 ROLE-2 audit reading part: the system sees every municipality's changes, an administrator their own municipality's")
    void reading_changes() {
        assertThat(ConfigurationAccessPolicy.localChangesVisibleTo(operator, Optional.empty())).isEqualTo(Outcome.success(Optional.empty()));
        assertThat(ConfigurationAccessPolicy.localChangesVisibleTo(operator, Optional.of(ODENSE))).isEqualTo(Outcome.success(Optional.of(ODENSE)));
        assertThat(ConfigurationAccessPolicy.localChangesVisibleTo(administrator, Optional.empty())).isEqualTo(Outcome.success(Optional.of(AARHUS)));
        assertThat(ConfigurationAccessPolicy.localChangesVisibleTo(administrator, Optional.of(ODENSE)))
                .isInstanceOfSatisfying(Outcome.Refused.class, refused -> assertThat(refused.refusal().rule()).isEqualTo("ROLE-2"));
        assertThat(ConfigurationAccessPolicy.localChangesVisibleTo(caseworker, Optional.empty())).isInstanceOf(Outcome.Refused.class);
    }
}

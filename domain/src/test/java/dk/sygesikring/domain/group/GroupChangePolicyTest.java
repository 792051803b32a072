package dk.sygesikring.domain.group;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.configuration.RulesConfiguration;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.result.Refusal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GroupChangePolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Address HOME = new Address("Nørregade", "12", null, null, "1165", "København K", "4912",
            MunicipalityCode.of("101"), "home", null);
    final Person active = new Person(Cpr.of("0101801231"), "Aktiv", CprStatus.ACTIVE, CivilStatus.UNMARRIED, HOME, false, null);
    final Person inactive = new Person(Cpr.of("0101801241"), "Udrejst", CprStatus.INACTIVE, CivilStatus.UNMARRIED, null, false, null);
    final Citizen citizen = new Citizen(active.cpr());
    final Caseworker caseworker = new Caseworker("cw-1", MunicipalityCode.of("101"), false);
    final Caseworker special = new Caseworker("cw-2", MunicipalityCode.of("101"), true);

    @Test
    @DisplayName("GRP-1 an active person can go to 1, 2, 4, 5 or 6 and an inactive person to 7, 8 or 9")
    void GRP1_targets_depend_on_cpr_status() {
        for (Sikringsgruppe group : Sikringsgruppe.values()) {
            assertThat(refusal(caseworker, active, Sikringsgruppe.GROUP_1, group, TODAY).isEmpty())
                    .as("active to %s", group).isEqualTo(group.number() <= 6);
            assertThat(refusal(caseworker, inactive, Sikringsgruppe.GROUP_7, group, TODAY).isEmpty())
                    .as("inactive to %s", group).isEqualTo(group.number() >= 7);
        }
        assertThat(refusal(caseworker, active, Sikringsgruppe.GROUP_1, Sikringsgruppe.GROUP_7, TODAY))
                .hasValueSatisfying(refusal -> assertThat(refusal.rule()).isEqualTo("GRP-1"));
    }

    @Test
    @DisplayName("GRP-2 a citizen dates a change from today to 30 days ahead")
    void GRP2_citizen_window() {
        assertThat(refusal(citizen, active, Sikringsgruppe.GROUP_1, Sikringsgruppe.GROUP_2, TODAY)).isEmpty();
        assertThat(refusal(citizen, active, Sikringsgruppe.GROUP_1, Sikringsgruppe.GROUP_2, TODAY.plusDays(30))).isEmpty();
        assertThat(refusal(citizen, active, Sikringsgruppe.GROUP_1, Sikringsgruppe.GROUP_2, TODAY.minusDays(1)))
                .hasValueSatisfying(refusal -> assertThat(refusal.rule()).isEqualTo("GRP-2"));
        assertThat(refusal(citizen, active, Sikringsgruppe.GROUP_1, Sikringsgruppe.GROUP_2, TODAY.plusDays(31))).isPresent();
    }

    @Test
    @DisplayName("GRP-2 a caseworker dates a change 14 days back to 30 ahead, with special rights 1 year back to 1 year ahead")
    void GRP2_caseworker_windows() {
        assertThat(refusal(caseworker, active, Sikringsgruppe.GROUP_1, Sikringsgruppe.GROUP_4, TODAY.minusDays(14))).isEmpty();
        assertThat(refusal(caseworker, active, Sikringsgruppe.GROUP_1, Sikringsgruppe.GROUP_4, TODAY.minusDays(15))).isPresent();
        assertThat(refusal(caseworker, active, Sikringsgruppe.GROUP_1, Sikringsgruppe.GROUP_4, TODAY.plusDays(31))).isPresent();
        assertThat(refusal(special, active, Sikringsgruppe.GROUP_1, Sikringsgruppe.GROUP_4, TODAY.minusDays(365))).isEmpty();
        assertThat(refusal(special, active, Sikringsgruppe.GROUP_1, Sikringsgruppe.GROUP_4, TODAY.plusDays(365))).isEmpty();
        assertThat(refusal(special, active, Sikringsgruppe.GROUP_1, Sikringsgruppe.GROUP_4, TODAY.plusDays(366))).isPresent();
    }

    @Test
    @DisplayName("ROLE-5 in self-service a citizen changes between group 1 and 2 only")
    void ROLE5_citizen_between_1_and_2_only() {
        assertThat(refusal(citizen, active, Sikringsgruppe.GROUP_2, Sikringsgruppe.GROUP_1, TODAY)).isEmpty();
        assertThat(refusal(citizen, active, Sikringsgruppe.GROUP_1, Sikringsgruppe.GROUP_4, TODAY))
                .hasValueSatisfying(refusal -> assertThat(refusal.rule()).isEqualTo("ROLE-5"));
        assertThat(refusal(citizen, active, Sikringsgruppe.GROUP_5, Sikringsgruppe.GROUP_1, TODAY)).isPresent();
    }

    @Test
    @DisplayName("GRP-3 a caseworker can always change the group, also away from what the citizen chose")
    void GRP3_caseworker_overrides() {
        assertThat(refusal(caseworker, active, Sikringsgruppe.GROUP_2, Sikringsgruppe.GROUP_5, TODAY)).isEmpty();
        assertThat(refusal(new SystemActor("cpr-events"), active, Sikringsgruppe.GROUP_1, Sikringsgruppe.GROUP_5, TODAY.minusYears(2))).isEmpty();
    }

    private static Optional<Refusal> refusal(Actor actor, Person person, Sikringsgruppe current, Sikringsgruppe target, LocalDate validFrom) {
        return GroupChangePolicy.mayChange(actor, person, current, target, validFrom, TODAY, RulesConfiguration.WINDOWS);
    }
}

package dk.sygesikring.domain.forloeb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ForloebTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    final Creator caseworker = new Creator(Creator.Kind.CASEWORKER, "cw-1");
    final Cpr mother = Cpr.of("0101801232");
    final Cpr child = Cpr.of("0101154232");

    Forloeb started() {
        return Forloeb.start(ForloebType.GROUP_CHANGE, MunicipalityCode.of("101"), caseworker, mother, List.of(child), NOW, null)
                .withActivity(Activity.open(ActivityType.AWAIT_LUNA, NOW, null, "Gruppeskift til 2"))
                .withDetail("group", "2", caseworker, NOW);
    }

    @Test
    @DisplayName("FORL-1 a forløb has a type, status, creator, main and involved persons, activities and details")
    void FORL1_a_new_forloeb_is_in_progress_with_its_main_person_among_the_involved() {
        Forloeb forloeb = started();
        assertThat(forloeb.isInProgress()).isTrue();
        assertThat(forloeb.involvedPersons()).containsExactly(mother, child);
        assertThat(forloeb.openActivity(ActivityType.AWAIT_LUNA)).isPresent();
        assertThat(forloeb.details()).extracting(DetailChange::name, DetailChange::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("group", "2"));
    }

    @Test
    @DisplayName("FORL-1 every value of a detail is kept with who set it and when")
    void FORL1_details_keep_every_value() {
        Creator citizen = new Creator(Creator.Kind.CITIZEN, mother.value());
        Forloeb forloeb = started().withDetail("group", "1", citizen, NOW.plusSeconds(60));
        assertThat(forloeb.details()).extracting(DetailChange::value, DetailChange::changedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2", caseworker), org.assertj.core.groups.Tuple.tuple("1", citizen));
    }

    @Test
    @DisplayName("FORL-1 a value about one of the persons names the person as a field, not in the detail's name")
    void FORL1_a_detail_about_one_person_names_the_person() {
        Forloeb forloeb = started().withDetail("samtykke", child, "YES", caseworker, NOW);
        assertThat(forloeb.details()).last().satisfies(change -> {
            assertThat(change.name()).isEqualTo("samtykke");
            assertThat(change.about()).contains(child);
        });
        assertThat(forloeb.details().get(0).about()).isEmpty();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> started().withDetail("samtykke", Cpr.of("0202802345"), "YES", caseworker, NOW));
    }

    @Test
    void an_activity_closes_with_who_and_when_and_the_forloeb_completes_only_when_nothing_is_open() {
        Forloeb forloeb = started();
        assertThatThrownBy(() -> forloeb.complete(NOW)).isInstanceOf(IllegalStateException.class);

        Creator luna = Creator.system("luna");
        Forloeb done = forloeb.closeActivity(ActivityType.AWAIT_LUNA, ActivityState.DONE, NOW.plusSeconds(5), luna, null).complete(NOW.plusSeconds(5));

        assertThat(done.status()).isEqualTo(new ForloebStatus.Completed(NOW.plusSeconds(5)));
        assertThat(done.activities().get(0).closedBy()).isEqualTo(luna);
    }

    @Test
    @DisplayName("FORL-3 a forløb in progress can be cancelled, and its open activities with it")
    void FORL3_cancel_cascades_to_open_activities() {
        Outcome<Forloeb> cancelled = started().cancel(caseworker, NOW.plusSeconds(10));
        Forloeb forloeb = ((Outcome.Success<Forloeb>) cancelled).value();
        assertThat(forloeb.status()).isInstanceOf(ForloebStatus.Cancelled.class);
        assertThat(forloeb.activities()).extracting(Activity::state).containsExactly(ActivityState.CANCELLED);
    }

    @Test
    @DisplayName("FORL-3 a completed or cancelled forløb cannot be cancelled")
    void FORL3_only_in_progress_can_be_cancelled() {
        Forloeb completed = started().closeActivity(ActivityType.AWAIT_LUNA, ActivityState.DONE, NOW, caseworker, null).complete(NOW);
        assertThat(completed.cancel(caseworker, NOW)).isEqualTo(Outcome.refused(Forloeb.NOT_IN_PROGRESS));
    }

    @Test
    void an_activity_may_carry_a_deadline() {
        Activity consent = Activity.open(ActivityType.AWAIT_CONSENT, NOW, LocalDate.of(2026, 11, 30), null);
        assertThat(started().withActivity(consent).openActivity(ActivityType.AWAIT_CONSENT))
                .map(Activity::deadline).contains(LocalDate.of(2026, 11, 30));
    }
}

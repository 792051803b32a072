package dk.sygesikring.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.GroupChangeStorePort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.group.GroupChange;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each test uses CPR numbers of its own, so no other class's rows are seen. */
@MicronautTest(transactional = false)
class GroupChangePersistenceTest {

    static final Instant NOW = Instant.parse("2026-12-02T09:00:00.123456Z");
    static final LocalDate FIRST = LocalDate.of(2027, 1, 1);
    final Creator caseworker = new Creator(Creator.Kind.CASEWORKER, "cw-1");

    @Inject GroupChangeStorePort changes;
    @Inject ForloebStorePort forloeb;
    @Inject TransactionPort transactions;

    GroupChange stored(Cpr cpr, Sikringsgruppe group, LocalDate validFrom) {
        Forloeb made = Forloeb.start(ForloebType.GROUP_CHANGE, MunicipalityCode.of("101"), caseworker, cpr, List.of(cpr), NOW, null);
        GroupChange change = GroupChange.requested(made.id(), cpr, group, validFrom, NOW);
        inTransaction(() -> {
            forloeb.save(made);
            changes.save(change);
        });
        return change;
    }

    @Test
    void a_group_change_and_each_of_its_states_round_trip() {
        GroupChange change = stored(Cpr.of("0412801231"), Sikringsgruppe.GROUP_2, FIRST);
        assertThat(changes.load(change.forloebId())).contains(change);

        for (GroupChange next : List.of(change.refusedByLuna("CPR-nummeret er ukendt i LUNA", NOW.plusSeconds(1)),
                change.registeredInLuna(NOW.plusSeconds(2)), change.cancelled(NOW.plusSeconds(3)))) {
            inTransaction(() -> changes.save(next));
            assertThat(changes.load(change.forloebId())).contains(next);
        }
    }

    @Test
    void only_the_changes_still_on_their_way_are_on_their_way_soonest_first() {
        Cpr cpr = Cpr.of("0412801232");
        GroupChange later = stored(cpr, Sikringsgruppe.GROUP_2, FIRST.plusMonths(1));
        GroupChange sooner = stored(cpr, Sikringsgruppe.GROUP_1, FIRST);
        GroupChange refused = stored(cpr, Sikringsgruppe.GROUP_1, FIRST.minusDays(1));
        inTransaction(() -> changes.save(refused.refusedByLuna("nej", NOW)));
        stored(Cpr.of("0412801233"), Sikringsgruppe.GROUP_1, FIRST);

        assertThat(changes.onItsWayFor(cpr)).containsExactly(sooner, later);
    }

    @Test
    void a_detail_about_one_person_keeps_the_person_in_its_own_column() {
        Cpr mother = Cpr.of("0412801234");
        Cpr child = Cpr.of("0412154234");
        Forloeb made = Forloeb.start(ForloebType.DOCTOR_CHOICE, MunicipalityCode.of("101"), caseworker, mother,
                        List.of(mother, child), NOW, null)
                .withDetail("ydernummer", "050208", caseworker, NOW)
                .withDetail("samtykke", child, "DONT_KNOW", caseworker, NOW);
        inTransaction(() -> forloeb.save(made));
        assertThat(forloeb.load(made.id())).contains(made);
        assertThat(forloeb.load(made.id()).orElseThrow().details().get(1).about()).contains(child);
    }

    private void inTransaction(Runnable work) {
        transactions.inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

package dk.sygesikring.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.IdempotencyPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ForloebPersistenceTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    final Creator caseworker = new Creator(Creator.Kind.CASEWORKER, "cw-1");

    @Inject ForloebStorePort store;
    @Inject IdempotencyPort idempotency;
    @Inject TransactionPort transactions;

    Forloeb newForloeb(Cpr main, Cpr... others) {
        return Forloeb.start(ForloebType.GROUP_CHANGE, MunicipalityCode.of("101"), caseworker, main, List.of(others), NOW, null)
                .withDetail("sikringsgruppe", "2", caseworker, NOW)
                .withActivity(Activity.open(ActivityType.AWAIT_LUNA, NOW, LocalDate.of(2026, 12, 1), "til LUNA"));
    }

    @Test
    @DisplayName("FORL-1 (storage) a forløb is stored whole and its details keep every value")
    void FORL1_a_forloeb_round_trips_and_details_are_appended() {
        Cpr mother = Cpr.of("0101801232");
        Forloeb created = newForloeb(mother, Cpr.of("0101154232"));
        inTransaction(() -> store.save(created));
        assertThat(store.load(created.id())).contains(created);

        Forloeb moved = created.withDetail("sikringsgruppe", "1", caseworker, NOW.plusSeconds(1))
                .closeActivity(ActivityType.AWAIT_LUNA, ActivityState.DONE, NOW.plusSeconds(2), Creator.system("LUNA"), "ok")
                .complete(NOW.plusSeconds(2));
        inTransaction(() -> store.save(moved));

        assertThat(store.load(created.id())).contains(moved);
        assertThat(store.inProgressFor(mother, ForloebType.GROUP_CHANGE)).isEmpty();
    }

    @Test
    void an_idempotency_key_is_claimed_once_per_caller() {
        Forloeb forloeb = newForloeb(Cpr.of("0303801231"));
        inTransaction(() -> store.save(forloeb));
        boolean first = transactions.inTransaction(() -> idempotency.claim("CASEWORKER:cw-1", "key-1", "fp", forloeb.id()));
        boolean again = transactions.inTransaction(() -> idempotency.claim("CASEWORKER:cw-1", "key-1", "fp", forloeb.id()));
        boolean otherCaller = transactions.inTransaction(() -> idempotency.claim("CASEWORKER:cw-2", "key-1", "fp", forloeb.id()));

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(otherCaller).isTrue();
        assertThat(idempotency.find("CASEWORKER:cw-1", "key-1")).contains(new IdempotencyPort.Remembered("fp", forloeb.id()));
    }

    private void inTransaction(Runnable work) {
        transactions.inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

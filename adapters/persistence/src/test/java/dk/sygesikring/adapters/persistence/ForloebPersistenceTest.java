package dk.sygesikring.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.IdempotencyPort;
import dk.sygesikring.application.port.out.LunaOutboxPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ForloebPersistenceTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    final Creator caseworker = new Creator(Creator.Kind.CASEWORKER, "cw-1");

    @Inject ForloebStorePort store;
    @Inject LunaOutboxPort outbox;
    @Inject IdempotencyPort idempotency;
    @Inject TransactionPort transactions;

    Forloeb newForloeb(Cpr main, Cpr... others) {
        return Forloeb.start(ForloebType.GROUP_CHANGE, MunicipalityCode.of("101"), caseworker, main, List.of(others), NOW, null)
                .withDetail("sikringsgruppe", "2", caseworker, NOW)
                .withActivity(Activity.open(ActivityType.AWAIT_LUNA, NOW, LocalDate.of(2026, 12, 1), "til LUNA"));
    }

    @Test
    @DisplayName("FORL-1 a forløb is stored whole and its details keep every value")
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
    @DisplayName("FORL-4 two instances claiming due messages at once each get a different one")
    void FORL4_skip_locked_hands_each_due_message_to_one_claimant() throws Exception {
        Forloeb first = newForloeb(Cpr.of("0202801231"));
        Forloeb second = newForloeb(Cpr.of("0202801241"));
        Instant due = NOW.minus(1, ChronoUnit.DAYS);
        inTransaction(() -> {
            store.save(first);
            store.save(second);
            outbox.enqueue(UUID.randomUUID(), registration(first), due);
            outbox.enqueue(UUID.randomUUID(), registration(second), due);
        });

        CountDownLatch bothClaimed = new CountDownLatch(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        Optional<LunaOutboxPort.Message> a;
        Optional<LunaOutboxPort.Message> b;
        try {
            CompletableFuture<Optional<LunaOutboxPort.Message>> one = claimAndHold(bothClaimed, instances);
            CompletableFuture<Optional<LunaOutboxPort.Message>> other = claimAndHold(bothClaimed, instances);
            a = one.get(10, TimeUnit.SECONDS);
            b = other.get(10, TimeUnit.SECONDS);
        } finally {
            instances.shutdown();
        }
        assertThat(bothClaimed.getCount()).as("both held their claim at the same time").isZero();
        assertThat(a).isPresent();
        assertThat(b).isPresent();
        assertThat(a.get().id()).isNotEqualTo(b.get().id());
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

    /** Claims a message in its own transaction and keeps it locked until the other claimant has claimed too. */
    private CompletableFuture<Optional<LunaOutboxPort.Message>> claimAndHold(CountDownLatch bothClaimed, ExecutorService instance) {
        return CompletableFuture.supplyAsync(() -> transactions.inTransaction(() -> {
            Optional<LunaOutboxPort.Message> claimed = outbox.claimNextDue(NOW);
            bothClaimed.countDown();
            try {
                bothClaimed.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return claimed;
        }), instance);
    }

    private static LunaRegistration registration(Forloeb forloeb) {
        return new LunaRegistration.GroupChange(forloeb.mainPerson(), Sikringsgruppe.GROUP_2, LocalDate.of(2026, 12, 1), forloeb.id().value());
    }

    private void inTransaction(Runnable work) {
        transactions.inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

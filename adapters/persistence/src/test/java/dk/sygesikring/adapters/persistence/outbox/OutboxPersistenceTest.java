package dk.sygesikring.adapters.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.OutboxPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.application.port.out.digitalpost.IfNotDelivered;
import dk.sygesikring.application.port.out.letter.LetterDelivery;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxRecord;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The one outbox in PostgreSQL (ADR 0016). Test classes share the database, so every record here falls due in 2001
 * and every claim is made then: records other classes leave are due decades later and never claimed here. Each test
 * withdraws what it leaves pending, so that none claims another's.
 */
@MicronautTest(transactional = false)
class OutboxPersistenceTest {

    static final Instant ERA = Instant.parse("2001-03-04T09:00:00Z");
    static final Set<OutboxKind> EVERY_KIND = EnumSet.allOf(OutboxKind.class);

    @Inject ForloebStorePort store;
    @Inject OutboxPort outbox;
    @Inject TransactionPort transactions;
    @Inject DataSource dataSource;
    @Inject DataSourceResolver resolver;
    private final List<UUID> enqueued = new ArrayList<>();

    @AfterEach
    void withdrawWhatIsLeftPending() {
        inTransaction(() -> {
            enqueued.stream().filter(id -> stored(id).state().equals("PENDING"))
                    .forEach(id -> outbox.markWithdrawn(id, "left by the test", ERA));
            return null;
        });
    }

    @Test
    @DisplayName("FORL-4 LET-5 (outbox storage) each kind, LUNA registrations and letters for Digital Post and print, comes back whole, oldest first; once confirmed, refused or withdrawn it is never due again")
    void FORL4_LET5_records_round_trip_and_leave_the_due_list_once_answered() {
        Instant now = ERA;
        Forloeb forloeb = newForloeb(Cpr.of("0404801231"), now);
        UUID activity = forloeb.activities().get(0).id();
        OutboxRecord letter = new OutboxRecord(UUID.randomUUID(), forloeb.id(), new LetterDelivery.ByDigitalPost(UUID.randomUUID(),
                activity, IfNotDelivered.PHYSICAL_MAIL), 0);
        OutboxRecord choice = new OutboxRecord(UUID.randomUUID(), forloeb.id(), new LunaRegistration.DoctorChoice(
                Cpr.of("0404801231"), ProviderNumber.of("050208"), LocalDate.of(2001, 4, 1), forloeb.id().value()), 0);
        OutboxRecord change = new OutboxRecord(UUID.randomUUID(), forloeb.id(), new LunaRegistration.GroupChange(
                Cpr.of("0404801231"), Sikringsgruppe.GROUP_2, LocalDate.of(2001, 5, 1), forloeb.id().value()), 0);
        OutboxRecord toPrint = new OutboxRecord(UUID.randomUUID(), forloeb.id(), new LetterDelivery.ByPrint(UUID.randomUUID(), activity), 0);
        inTransaction(() -> {
            store.save(forloeb);
            enqueue(letter, now);
            enqueue(choice, now.plusSeconds(1));
            enqueue(change, now.plusSeconds(2));
            enqueue(toPrint, now.plusSeconds(3));
            return null;
        });

        OutboxRecord first = claim(EVERY_KIND, now.plusSeconds(10)).orElseThrow();
        assertThat(first).usingRecursiveComparison().isEqualTo(letter);
        inTransaction(() -> {
            outbox.retryLater(letter.id(), "Digital Post did not answer", now.plus(Duration.ofHours(1)));
            return null;
        });
        assertThat(claim(EVERY_KIND, now.plusSeconds(10)).orElseThrow()).isEqualTo(choice);
        assertThat(claim(Set.of(OutboxKind.PRINT_LETTER), now.plusSeconds(10)).orElseThrow())
                .as("only the kinds asked for").usingRecursiveComparison().isEqualTo(toPrint);

        inTransaction(() -> {
            outbox.markConfirmed(choice.id(), "registration-1", now.plusSeconds(11));
            outbox.markRefused(change.id(), "there is no such group", now.plusSeconds(11));
            outbox.markWithdrawn(toPrint.id(), "Tilbagekaldt", now.plusSeconds(11));
            return null;
        });
        assertThat(claim(EVERY_KIND, now.plusSeconds(20))).as("the letter waits for its next attempt").isEmpty();
        OutboxRecord again = claim(EVERY_KIND, now.plus(Duration.ofHours(2))).orElseThrow();
        assertThat(again.id()).isEqualTo(letter.id());
        assertThat(again.attempts()).isEqualTo(1);

        assertThat(stored(choice.id())).isEqualTo(new Stored("CONFIRMED", 1, "registration-1", null));
        assertThat(stored(change.id())).isEqualTo(new Stored("REFUSED", 1, null, "there is no such group"));
        assertThat(stored(toPrint.id())).isEqualTo(new Stored("WITHDRAWN", 0, null, "Tilbagekaldt"));
        assertThat(stored(letter.id())).isEqualTo(new Stored("PENDING", 1, null, "Digital Post did not answer"));
    }

    @Test
    @DisplayName("FORL-4 (outbox storage, several instances) two instances claiming due records at once each get a different one")
    void FORL4_skip_locked_hands_each_due_record_to_one_claimant() throws Exception {
        Instant now = ERA.plus(Duration.ofDays(1));
        Forloeb first = newForloeb(Cpr.of("0202801231"), now);
        Forloeb second = newForloeb(Cpr.of("0202801241"), now);
        inTransaction(() -> {
            store.save(first);
            store.save(second);
            enqueue(groupChange(first), now);
            enqueue(groupChange(second), now);
            return null;
        });

        CountDownLatch bothClaimed = new CountDownLatch(2);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        Optional<OutboxRecord> a;
        Optional<OutboxRecord> b;
        try {
            CompletableFuture<Optional<OutboxRecord>> one = claimAndHold(now, bothClaimed, instances);
            CompletableFuture<Optional<OutboxRecord>> other = claimAndHold(now, bothClaimed, instances);
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
    @DisplayName("FORL-3 (outbox storage) a forløb's records are withdrawn all together or not at all: not once one has been answered or is being delivered")
    void FORL3_withdraw_all_or_nothing() throws Exception {
        Instant now = ERA.plus(Duration.ofDays(2));
        Forloeb answered = newForloeb(Cpr.of("0303801231"), now);
        Forloeb beingDelivered = newForloeb(Cpr.of("0303801241"), now);
        Forloeb waiting = newForloeb(Cpr.of("0303801251"), now);
        OutboxRecord confirmed = groupChange(answered);
        OutboxRecord stillPending = groupChange(answered);
        OutboxRecord claimed = groupChange(beingDelivered);
        OutboxRecord first = groupChange(waiting);
        OutboxRecord second = groupChange(waiting);
        OutboxRecord letter = letter(waiting);
        inTransaction(() -> {
            List.of(answered, beingDelivered, waiting).forEach(store::save);
            enqueue(claimed, now.minusSeconds(60)); // the oldest: the one the other instance takes
            List.of(confirmed, stillPending, first, second, letter).forEach(record -> enqueue(record, now));
            outbox.markConfirmed(confirmed.id(), "registration-2", now);
            return null;
        });

        assertThat(withdrawAll(answered)).isFalse();
        assertThat(stored(stillPending.id()).state()).isEqualTo("PENDING");

        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService otherInstance = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Optional<OutboxRecord>> delivering = CompletableFuture.supplyAsync(() -> transactions.inTransaction(() -> {
                Optional<OutboxRecord> taken = outbox.claimNextDue(Set.of(OutboxKind.LUNA_REGISTRATION), now);
                held.countDown();
                await(done);
                return taken;
            }), otherInstance);
            assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
            boolean withdrawnWhileDelivered = withdrawAll(beingDelivered);
            done.countDown();
            assertThat(delivering.get(10, TimeUnit.SECONDS)).map(OutboxRecord::id).contains(claimed.id());
            assertThat(withdrawnWhileDelivered).isFalse();
            assertThat(stored(claimed.id()).state()).as("being delivered: left as it is").isEqualTo("PENDING");
        } finally {
            otherInstance.shutdown();
        }

        assertThat(withdrawAll(waiting)).isTrue();
        assertThat(List.of(stored(first.id()), stored(second.id())))
                .allSatisfy(record -> assertThat(record).isEqualTo(new Stored("WITHDRAWN", 0, null, "annulleret")));
        assertThat(stored(letter.id()).state()).as("only the kind asked for").isEqualTo("PENDING");
    }

    @Test
    @DisplayName("DOC-7 (refused family choice, outbox storage) the other pending records of a forløb and kind are withdrawn: not the record itself, not other kinds or forløb")
    void DOC7_withdraw_the_others() {
        Instant now = ERA.plus(Duration.ofDays(3));
        Forloeb family = newForloeb(Cpr.of("0505801231"), now);
        Forloeb another = newForloeb(Cpr.of("0505801241"), now);
        OutboxRecord refused = groupChange(family);
        OutboxRecord sibling = groupChange(family);
        OutboxRecord sent = groupChange(family);
        OutboxRecord letter = letter(family);
        OutboxRecord elsewhere = groupChange(another);
        inTransaction(() -> {
            store.save(family);
            store.save(another);
            List.of(refused, sibling, sent, letter, elsewhere).forEach(record -> enqueue(record, now));
            outbox.markConfirmed(sent.id(), "registration-3", now);
            return null;
        });

        inTransaction(() -> {
            outbox.markRefused(refused.id(), "refused", now);
            outbox.withdrawOthers(refused.id(), "Lægevalget blev afvist af LUNA", now);
            return null;
        });

        assertThat(stored(refused.id()).state()).isEqualTo("REFUSED");
        assertThat(stored(sibling.id())).isEqualTo(new Stored("WITHDRAWN", 0, null, "Lægevalget blev afvist af LUNA"));
        assertThat(stored(sent.id()).state()).isEqualTo("CONFIRMED");
        assertThat(stored(letter.id()).state()).isEqualTo("PENDING");
        assertThat(stored(elsewhere.id()).state()).isEqualTo("PENDING");
    }

    /** What a row holds besides its payload. */
    record Stored(String state, int attempts, String receipt, String lastError) {
    }

    private Stored stored(UUID id) {
        String sql = "SELECT state, attempts, receipt, last_error FROM outbox WHERE id = ?";
        try (Connection connection = resolver.resolve(dataSource).getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).as("outbox row %s", id).isTrue();
                return new Stored(row.getString(1), row.getInt(2), row.getString(3), row.getString(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean withdrawAll(Forloeb forloeb) {
        return inTransaction(() -> outbox.withdrawAll(forloeb.id(), OutboxKind.LUNA_REGISTRATION, "annulleret", ERA));
    }

    private CompletableFuture<Optional<OutboxRecord>> claimAndHold(Instant now, CountDownLatch bothClaimed, ExecutorService instance) {
        return CompletableFuture.supplyAsync(() -> transactions.inTransaction(() -> {
            Optional<OutboxRecord> claimed = outbox.claimNextDue(EVERY_KIND, now);
            bothClaimed.countDown();
            await(bothClaimed);
            return claimed;
        }), instance);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<OutboxRecord> claim(Set<OutboxKind> kinds, Instant now) {
        return inTransaction(() -> outbox.claimNextDue(kinds, now));
    }

    private void enqueue(OutboxRecord record, Instant now) {
        outbox.enqueue(record.id(), record.forloebId(), record.payload(), now);
        enqueued.add(record.id());
    }

    private static Forloeb newForloeb(Cpr person, Instant now) {
        return Forloeb.start(ForloebType.AD_HOC, MunicipalityCode.of("101"), Creator.system("test"), person, List.of(), now, null)
                .withActivity(Activity.open(ActivityType.SEND_LETTER, now, null, null));
    }

    private static OutboxRecord groupChange(Forloeb forloeb) {
        return new OutboxRecord(UUID.randomUUID(), forloeb.id(), new LunaRegistration.GroupChange(forloeb.mainPerson(),
                Sikringsgruppe.GROUP_2, LocalDate.of(2001, 6, 1), forloeb.id().value()), 0);
    }

    private static OutboxRecord letter(Forloeb forloeb) {
        return new OutboxRecord(UUID.randomUUID(), forloeb.id(), new LetterDelivery.ByDigitalPost(UUID.randomUUID(),
                forloeb.activities().get(0).id(), IfNotDelivered.PRINTED_BY_CASEWORKER), 0);
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transactions.inTransaction(work);
    }
}

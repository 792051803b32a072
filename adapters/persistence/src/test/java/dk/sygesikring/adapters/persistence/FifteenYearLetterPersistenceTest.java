package dk.sygesikring.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.application.port.out.CprPersonRecord;
import dk.sygesikring.application.port.out.FifteenYearLetterRecordPort;
import dk.sygesikring.application.port.out.FifteenYearLetterRecordPort.FifteenYearLetterRecord;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LoadPersonPort;
import dk.sygesikring.application.port.out.SavePersonPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Person;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DOC-17's storage on the real PostgreSQL: the persons born on a date as a range of the person key, and the record
 * that makes each 15-year letter once. Each run's persons are new (a random birth date and serial numbers), so a
 * reused database changes nothing.
 */
@MicronautTest(transactional = false)
class FifteenYearLetterPersistenceTest {

    static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
    static final Address ADDRESS = new Address("Nørregade", "12", null, null, "1165", "København K", "4912",
            MunicipalityCode.of("101"), "addr-fifteen-1", new Coordinates(55.6794, 12.5716));
    static final Creator SYSTEM = Creator.system("Brev til 15-årige");

    @Inject LoadPersonPort load;
    @Inject SavePersonPort save;
    @Inject ForloebStorePort forloeb;
    @Inject FifteenYearLetterRecordPort records;
    @Inject TransactionPort transactions;

    @Test
    @DisplayName("DOC-17 (storage) the persons born on a date are read by the CPR numbers that begin with its DDMMYY, of the right century by the seventh digit, active or not; the days around it are not read")
    void DOC17_born_on_reads_a_range_of_the_key() {
        LocalDate born = LocalDate.of(2011, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365));
        String ddmmyy = born.format(DateTimeFormatter.ofPattern("ddMMyy"));
        int serial = ThreadLocalRandom.current().nextInt(100, 999);
        Person first = person(ddmmyy + "4" + serial, CprStatus.ACTIVE);          // 4, year 11: 2011
        Person last = person(ddmmyy + "9" + serial, CprStatus.ACTIVE);           // 9, year 11: 2011
        Person inactive = person(ddmmyy + "5" + serial, CprStatus.INACTIVE);     // 5, year 11: 2011
        Person aCenturyBefore = person(ddmmyy + "0" + serial, CprStatus.ACTIVE); // 0: 1911
        Person dayBefore = person(born.minusDays(1).format(DateTimeFormatter.ofPattern("ddMMyy")) + "4" + serial, CprStatus.ACTIVE);
        Person dayAfter = person(born.plusDays(1).format(DateTimeFormatter.ofPattern("ddMMyy")) + "4" + serial, CprStatus.ACTIVE);
        List<Person> stored = List.of(first, last, inactive, aCenturyBefore, dayBefore, dayAfter);
        inTransaction(() -> stored.forEach(person -> save.save(new CprPersonRecord(person, List.of(), List.of()))));

        List<Person> read = transactions.inTransaction(() -> load.bornOn(born));

        assertThat(read).allSatisfy(person -> assertThat(person.birthDate()).isEqualTo(born));
        assertThat(read).filteredOn(stored::contains).containsExactlyInAnyOrder(first, last, inactive);
        assertThat(aCenturyBefore.birthDate()).isEqualTo(born.minusYears(100));
        assertThat(transactions.inTransaction(() -> load.bornOn(born.minusYears(100)))).contains(aCenturyBefore)
                .doesNotContain(first, last, inactive);
    }

    @Test
    @DisplayName("DOC-17 (storage) a person's 15-year letter is recorded once with its forløb and due date: recording it again, in a later transaction, stores nothing")
    void DOC17_recorded_once() {
        Cpr cpr = newCpr();
        Forloeb first = letterForloeb(cpr);
        assertThat(transactions.inTransaction(() -> {
            boolean recorded = records.recordOnce(new FifteenYearLetterRecord(cpr, first.id(), LocalDate.of(2026, 11, 22), NOW));
            forloeb.save(first);
            return recorded;
        })).isTrue();

        Forloeb second = letterForloeb(cpr);
        assertThat(transactions.inTransaction(() -> records.recordOnce(
                new FifteenYearLetterRecord(cpr, second.id(), LocalDate.of(2026, 11, 23), NOW.plusSeconds(86_400))))).isFalse();

        Cpr other = newCpr();
        assertThat(transactions.inTransaction(() -> records.recordedOf(List.of(cpr, other)))).containsExactly(cpr);
        assertThat(transactions.inTransaction(() -> records.recordedOf(List.of()))).isEmpty();
    }

    @Test
    @DisplayName("DOC-17 (storage) a record made in a transaction that rolls back (a crash before the letter was stored) never exists, and the next run records the person")
    void DOC17_a_rolled_back_record_does_not_exist() {
        Cpr cpr = newCpr();
        Forloeb crashed = letterForloeb(cpr);
        assertThatThrownBy(() -> inTransaction(() -> {
            records.recordOnce(new FifteenYearLetterRecord(cpr, crashed.id(), LocalDate.of(2026, 11, 22), NOW));
            forloeb.save(crashed);
            throw new IllegalStateException("the letter could not be rendered");
        })).hasMessage("the letter could not be rendered");

        assertThat(transactions.inTransaction(() -> records.recordedOf(List.of(cpr)))).isEmpty();
        assertThat(transactions.inTransaction(() -> forloeb.load(crashed.id()))).isEmpty();
        Forloeb next = letterForloeb(cpr);
        assertThat(transactions.inTransaction(() -> {
            boolean recorded = records.recordOnce(new FifteenYearLetterRecord(cpr, next.id(), LocalDate.of(2026, 11, 22), NOW));
            forloeb.save(next);
            return recorded;
        })).isTrue();
    }

    @Test
    @DisplayName("DOC-17 (storage) two overlapping runs record the same person: the second waits for the first's transaction and, when it commits, stores nothing")
    void DOC17_overlapping_records_wait_and_one_wins() throws Exception {
        Cpr cpr = newCpr();
        Forloeb firstRun = letterForloeb(cpr);
        Forloeb secondRun = letterForloeb(cpr);
        CountDownLatch firstRecorded = new CountDownLatch(1);
        CountDownLatch letFirstCommit = new CountDownLatch(1);

        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> transactions.inTransaction(() -> {
            boolean recorded = records.recordOnce(new FifteenYearLetterRecord(cpr, firstRun.id(), LocalDate.of(2026, 11, 22), NOW));
            forloeb.save(firstRun);
            firstRecorded.countDown();
            await(letFirstCommit);
            return recorded;
        }));
        await(firstRecorded);
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> transactions.inTransaction(() ->
                records.recordOnce(new FifteenYearLetterRecord(cpr, secondRun.id(), LocalDate.of(2026, 11, 22), NOW))));

        Thread.sleep(500);
        assertThat(second).as("waits for the first run's transaction").isNotDone();
        letFirstCommit.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(second.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(transactions.inTransaction(() -> records.recordedOf(List.of(cpr)))).isEqualTo(Set.of(cpr));
    }

    private Forloeb letterForloeb(Cpr cpr) {
        return Forloeb.start(ForloebType.FIFTEEN_YEAR_LETTER, MunicipalityCode.of("101"), SYSTEM, cpr, List.of(), NOW, null)
                .withActivity(Activity.open(ActivityType.SEND_LETTER, NOW, null, "Brev om frit lægevalg fra 15 år"));
    }

    /** A CPR number no earlier run has used: a random day of 2000 to 2036, century digit 4, a random serial. */
    private static Cpr newCpr() {
        LocalDate born = LocalDate.of(2000, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(37 * 365));
        return Cpr.of(born.format(DateTimeFormatter.ofPattern("ddMMyy")) + "4"
                + "%03d".formatted(ThreadLocalRandom.current().nextInt(1000)));
    }

    private static Person person(String cpr, CprStatus status) {
        return new Person(Cpr.of(cpr), "Test " + cpr, status, CivilStatus.UNMARRIED,
                status == CprStatus.ACTIVE ? ADDRESS : null, false, null);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void inTransaction(Runnable work) {
        transactions.inTransaction((Supplier<Void>) () -> {
            work.run();
            return null;
        });
    }
}

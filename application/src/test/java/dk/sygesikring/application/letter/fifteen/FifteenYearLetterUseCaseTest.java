package dk.sygesikring.application.letter.fifteen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.sygesikring.application.fakes.Configurations;
import dk.sygesikring.application.fakes.InMemoryApplication;
import dk.sygesikring.application.fakes.TestData;
import dk.sygesikring.application.port.out.FifteenYearLetterRecordPort;
import dk.sygesikring.application.port.out.digitalpost.Recipient;
import dk.sygesikring.domain.configuration.Days;
import dk.sygesikring.domain.configuration.RemotePrintSupplier;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebStatus;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.letter.Addressee;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.letter.LetterChannel;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterStatus;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DOC-17, the 15-year letter as the daily run sends it: the real run, letter post, route policy and delivery loop
 * over the persons, forløb, letters, outbox and the once-record in memory. The rules' configuration: the letter 21
 * days after the 15th birthday, a run looking back 14 days. Today is Sunday 22 November 2026, so a person born on
 * 1 November 2011 is due today.
 */
class FifteenYearLetterUseCaseTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
    static final Address IN_THISTED = TestData.addressIn(TestData.THISTED, "7700", TestData.THISTED_CENTRE, "home-15");
    static final Address IN_AARHUS = new Address("Åboulevarden", "3", null, null, "8000", "Aarhus C", "0200",
            MunicipalityCode.of("751"), "home-15-aarhus", TestData.THISTED_CENTRE);

    final InMemoryApplication app = new InMemoryApplication(NOW);

    @Test
    @DisplayName("DOC-17 the letter goes exactly 21 days after the 15th birthday, not the day before: a FIFTEEN_YEAR_LETTER forløb of the address's municipality, by the system, with one SEND_LETTER activity, to the person by Digital Post")
    void DOC17_exactly_21_days_after_the_birthday() {
        Person dueToday = app.persons.add(person("0111114001", IN_AARHUS));

        FifteenYearLetterRun dayBefore = runOn(TODAY.minusDays(1));
        assertThat(dayBefore.sent()).isZero();
        assertThat(app.forloeb.all()).isEmpty();

        FifteenYearLetterRun due = runOn(TODAY);
        assertThat(due.sent()).isEqualTo(1);
        Forloeb forloeb = onlyForloebOf(dueToday);
        assertThat(forloeb.type()).isEqualTo(ForloebType.FIFTEEN_YEAR_LETTER);
        assertThat(forloeb.municipality()).isEqualTo(MunicipalityCode.of("751"));
        assertThat(forloeb.creator().kind()).isEqualTo(Creator.Kind.SYSTEM);
        assertThat(forloeb.mainPerson()).isEqualTo(dueToday.cpr());
        assertThat(forloeb.activities()).extracting(Activity::type, Activity::state)
                .containsExactly(tuple(ActivityType.SEND_LETTER, ActivityState.OPEN));
        Letter letter = onlyLetterOf(forloeb);
        assertThat(letter.kind()).isEqualTo(LetterKind.FIFTEEN_YEAR);
        assertThat(letter.to()).isEqualTo(new Addressee.Person(dueToday.cpr()));
        assertThat(letter.about()).containsExactly(dueToday.cpr());
        assertThat(letter.status()).isInstanceOf(LetterStatus.Queued.class);
        assertThat(letter.channel()).isEqualTo(LetterChannel.DIGITAL_POST);
        assertThat(app.fifteenYearLetterRecords.of(dueToday.cpr())).hasValueSatisfying(record -> {
            assertThat(record.forloeb()).isEqualTo(forloeb.id());
            assertThat(record.dueOn()).isEqualTo(TODAY);
        });

        assertThat(app.letters.deliverDue(10)).isEqualTo(1);
        assertThat(app.digitalPost.messages).singleElement()
                .satisfies(message -> assertThat(message.recipient()).isEqualTo(new Recipient.Citizen(dueToday.cpr())));
        assertThat(app.forloeb.get(forloeb.id()).status()).isInstanceOf(ForloebStatus.Completed.class);
    }

    @Test
    @DisplayName("DOC-17 the delay is the configuration's: set to 10 days, the letter goes 10 days after the 15th birthday, not the day before; the one 21 days after it then falls outside a one-day window")
    void DOC17_the_configured_delay_moves_the_day() {
        app.configuration.global = Configurations.withFifteenYearLetter(app.configuration.global, Days.of(10), Days.of(1));
        Person tenDaysAgo = app.persons.add(person("1211114002", IN_THISTED));
        Person twentyOneDaysAgo = app.persons.add(person("0111114003", IN_THISTED));

        assertThat(runOn(TODAY.minusDays(1)).sent()).isZero();
        FifteenYearLetterRun run = runOn(TODAY);

        assertThat(run.sent()).isEqualTo(1);
        assertThat(run.from()).isEqualTo(TODAY);
        assertThat(app.forloeb.all()).extracting(Forloeb::mainPerson).containsExactly(tenDaysAgo.cpr());
        assertThat(app.fifteenYearLetterRecords.of(twentyOneDaysAgo.cpr())).isEmpty();
    }

    @Test
    @DisplayName("DOC-17 catch-up: after three days without a run (the service down over a weekend), the next run sends the letters of those days too, back to the 14th day; one due 15 days ago is outside the window")
    void DOC17_missed_days_are_caught_up() {
        List<Person> missed = List.of(app.persons.add(person("2910114004", IN_THISTED)),   // due 19 November
                app.persons.add(person("3010114005", IN_THISTED)),                          // due 20 November
                app.persons.add(person("3110114006", IN_THISTED)),                          // due 21 November
                app.persons.add(person("0111114007", IN_THISTED)),                          // due today
                app.persons.add(person("1910114008", IN_THISTED)));                         // due 9 November, 14th day back
        Person tooLongAgo = app.persons.add(person("1810114009", IN_THISTED));              // due 8 November

        FifteenYearLetterRun run = runOn(TODAY);

        assertThat(run.from()).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(run.sent()).isEqualTo(5);
        assertThat(app.forloeb.all()).extracting(Forloeb::mainPerson)
                .containsExactlyInAnyOrderElementsOf(missed.stream().map(Person::cpr).toList());
        assertThat(app.fifteenYearLetterRecords.of(missed.getFirst().cpr()))
                .hasValueSatisfying(record -> assertThat(record.dueOn()).isEqualTo(LocalDate.of(2026, 11, 19)));
        assertThat(app.fifteenYearLetterRecords.of(tooLongAgo.cpr())).isEmpty();
    }

    @Test
    @DisplayName("DOC-17 sent once: run again the same day and on each of the next days of the window, the person has one forløb and one letter")
    void DOC17_run_twice_sends_once() {
        Person due = app.persons.add(person("0111114010", IN_THISTED));

        assertThat(runOn(TODAY).sent()).isEqualTo(1);
        FifteenYearLetterRun again = runOn(TODAY);
        FifteenYearLetterRun tomorrow = runOn(TODAY.plusDays(1));

        assertThat(again.sent()).isZero();
        assertThat(again.alreadyHad()).isEqualTo(1);
        assertThat(tomorrow.sent()).isZero();
        assertThat(tomorrow.alreadyHad()).isEqualTo(1);
        assertThat(app.forloeb.all()).hasSize(1);
        assertThat(app.letterStore.ofPerson(due.cpr())).hasSize(1);
        assertThat(app.outbox.all()).hasSize(1);
    }

    @Test
    @DisplayName("DOC-17 two runs that overlap (a second instance, or a retry while the first still runs) send one letter: the overtaken one finds the record the other made after it asked who had the letter")
    void DOC17_overlapping_runs_send_once() {
        Person due = app.persons.add(person("0111114011", IN_THISTED));
        // this run asks who had the letter, then the other run sends everything before this one goes on
        SendFifteenYearLettersService overlapped = new SendFifteenYearLettersService(app.persons,
                new OvertakenAfterAsking(app.fifteenYearLetterRecords, () -> app.fifteenYearLetters.sendDue(TODAY)),
                app.forloeb, app.letterPost, app.configuration, app.transactions, app.clock);

        FifteenYearLetterRun run = overlapped.sendDue(TODAY);

        assertThat(run.sent()).isZero();
        assertThat(run.alreadyHad()).isEqualTo(1);
        assertThat(app.forloeb.all()).hasSize(1);
        assertThat(app.letterStore.ofPerson(due.cpr())).hasSize(1);
    }

    @Test
    @DisplayName("DOC-17 LET-3 a 15-year-old with name and address protection gets no letter: the forløb's SEND_LETTER activity CANCELLED with the rule, the forløb completed, the person recorded once")
    void DOC17_LET3_protected_child_gets_no_letter() {
        Person protectedChild = app.persons.add(new Person(Cpr.of("0111114012"), "Beskyttet Barn", CprStatus.ACTIVE,
                CivilStatus.UNMARRIED, IN_THISTED, true, null));

        FifteenYearLetterRun run = runOn(TODAY);
        FifteenYearLetterRun again = runOn(TODAY.plusDays(1));

        assertThat(run.sent()).isZero();
        assertThat(run.heldBack()).isEqualTo(1);
        assertThat(again.heldBack()).isZero();
        assertThat(again.alreadyHad()).isEqualTo(1);
        Forloeb forloeb = onlyForloebOf(protectedChild);
        assertThat(forloeb.activities()).singleElement().satisfies(activity -> {
            assertThat(activity.state()).isEqualTo(ActivityState.CANCELLED);
            assertThat(activity.note()).contains("LET-3");
        });
        assertThat(forloeb.status()).isInstanceOf(ForloebStatus.Completed.class);
        assertThat(app.letterStore.ofPerson(protectedChild.cpr())).isEmpty();
        assertThat(app.outbox.all()).isEmpty();
        assertThat(app.fifteenYearLetterRecords.of(protectedChild.cpr())).isPresent();
    }

    @Test
    @DisplayName("DOC-17 a person not active in CPR (emigrated) gets no letter and no record; one born the same day in 1911 (century digit 1) is not 15")
    void DOC17_inactive_person_is_skipped() {
        Person emigrated = app.persons.add(TestData.abroad("0111114013"));
        app.persons.add(person("0111111014", IN_THISTED));

        FifteenYearLetterRun run = runOn(TODAY);

        assertThat(run.sent()).isZero();
        assertThat(run.inactive()).isEqualTo(1);
        assertThat(app.forloeb.all()).isEmpty();
        assertThat(app.fifteenYearLetterRecords.of(emigrated.cpr())).isEmpty();
    }

    @Test
    @DisplayName("DOC-17 not enrolled in Digital Post: the letter goes to the 15-year-old by physical mail through the municipality's print supplier, once; never to the parents")
    void DOC17_not_enrolled_goes_by_print() {
        app.configuration.locals.put(TestData.THISTED, Configurations.withPrintSupplier(
                app.configuration.loadLocal(TestData.THISTED).orElseThrow(), new RemotePrintSupplier("Strålfors", "20", "5059")));
        Person mother = app.persons.add(person("0101804321", IN_THISTED));
        Person due = app.persons.add(person("0111114015", IN_THISTED));
        app.persons.relate(Relation.custody(mother.cpr(), due.cpr()));
        app.digitalPost.notEnrolled(new Recipient.Citizen(due.cpr()));

        runOn(TODAY);
        assertThat(app.letters.deliverDue(10)).as("Digital Post, then print").isEqualTo(2);

        assertThat(app.print.jobs).singleElement().satisfies(job -> assertThat(job.recipient()).isEqualTo(due.cpr()));
        assertThat(app.digitalPost.messages).isEmpty();
        assertThat(app.forloeb.get(onlyForloebOf(due).id()).status()).isInstanceOf(ForloebStatus.Completed.class);
        assertThat(app.letterStore.ofPerson(mother.cpr())).isEmpty();
    }

    @Test
    @DisplayName("DOC-17 one person's letter fails: the others are sent, the failed one is not recorded, and the next day's run sends it")
    void DOC17_one_failure_does_not_stop_the_rest() {
        Person failing = app.persons.add(person("0111114016", IN_THISTED));
        Person other = app.persons.add(person("0111114017", IN_THISTED));
        FailingOnce records = new FailingOnce(app.fifteenYearLetterRecords, failing.cpr());
        SendFifteenYearLettersService run = new SendFifteenYearLettersService(app.persons, records, app.forloeb,
                app.letterPost, app.configuration, app.transactions, app.clock);

        FifteenYearLetterRun today = run.sendDue(TODAY);
        assertThat(today.sent()).isEqualTo(1);
        assertThat(today.failed()).isEqualTo(1);
        assertThat(app.forloeb.all()).extracting(Forloeb::mainPerson).containsExactly(other.cpr());

        app.clock.advance(Duration.ofDays(1));
        FifteenYearLetterRun nextDay = run.sendDue(TODAY.plusDays(1));
        assertThat(nextDay.sent()).isEqualTo(1);
        assertThat(nextDay.alreadyHad()).isEqualTo(1);
        assertThat(app.fifteenYearLetterRecords.of(failing.cpr()))
                .hasValueSatisfying(record -> assertThat(record.dueOn()).isEqualTo(TODAY));
        assertThat(app.letterStore.ofPerson(failing.cpr())).hasSize(1);
    }

    private FifteenYearLetterRun runOn(LocalDate day) {
        Instant runAt = day.atTime(2, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant();
        if (runAt.isAfter(app.clock.instant())) {
            app.clock.advance(Duration.between(app.clock.instant(), runAt));
        }
        return app.fifteenYearLetters.sendDue(day);
    }

    private Forloeb onlyForloebOf(Person person) {
        List<Forloeb> of = app.forloeb.all().stream().filter(forloeb -> forloeb.mainPerson().equals(person.cpr())).toList();
        assertThat(of).hasSize(1);
        return of.getFirst();
    }

    private Letter onlyLetterOf(Forloeb forloeb) {
        List<Letter> letters = app.letterStore.ofForloeb(forloeb.id());
        assertThat(letters).hasSize(1);
        return letters.getFirst();
    }

    private static Person person(String cpr, Address address) {
        return TestData.livingAt(cpr, address);
    }

    /** The records of a run that another run overtakes right after it asked who had the letter. */
    private record OvertakenAfterAsking(FifteenYearLetterRecordPort records, Supplier<FifteenYearLetterRun> otherRun)
            implements FifteenYearLetterRecordPort {

        @Override
        public boolean recordOnce(FifteenYearLetterRecord record) {
            return records.recordOnce(record);
        }

        @Override
        public Set<Cpr> recordedOf(Collection<Cpr> cprs) {
            Set<Cpr> had = records.recordedOf(cprs);
            otherRun.get();
            return had;
        }
    }

    /** The database fails once while recording this person (a lost connection, say); the transaction is rolled back. */
    private static final class FailingOnce implements FifteenYearLetterRecordPort {

        private final FifteenYearLetterRecordPort records;
        private Cpr failing;

        FailingOnce(FifteenYearLetterRecordPort records, Cpr failing) {
            this.records = records;
            this.failing = failing;
        }

        @Override
        public boolean recordOnce(FifteenYearLetterRecord record) {
            if (record.cpr().equals(failing)) {
                failing = null;
                throw new IllegalStateException("the connection to the database was lost");
            }
            return records.recordOnce(record);
        }

        @Override
        public Set<Cpr> recordedOf(Collection<Cpr> cprs) {
            return records.recordedOf(cprs);
        }
    }
}

package dk.sygesikring.application.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.sygesikring.application.fakes.Configurations;
import dk.sygesikring.application.fakes.InMemoryApplication;
import dk.sygesikring.application.fakes.InMemoryOutbox;
import dk.sygesikring.application.fakes.TestData;
import dk.sygesikring.application.port.out.digitalpost.Recipient;
import dk.sygesikring.application.port.out.print.PrintJob;
import dk.sygesikring.domain.configuration.RemotePrintSupplier;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebStatus;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.letter.LetterChannel;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterStatus;
import dk.sygesikring.domain.letter.LetterText;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Person;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A forløb's letter from the moment its flow writes it to the channel that delivers it (LET-3, LET-4, LET-5, LET-6):
 * the real letter post, the real Digital Post and print handlers and the one delivery loop, over the letters, the
 * outbox and the forløb in memory, with a fake Digital Post and a fake print service that count what they were given.
 */
class LetterDeliveryUseCaseTest {

    static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    static final Address HOME = TestData.addressIn(TestData.THISTED, "7700", TestData.THISTED_CENTRE, "home-1");
    static final Person ADULT = TestData.livingAt("0101801231", HOME);
    /** 11 years old: no Digital Post (LET-4). */
    static final Person CHILD = TestData.livingAt("0101154001", HOME);
    static final RemotePrintSupplier SUPPLIER = new RemotePrintSupplier("Strålfors", "20", "5059");

    final InMemoryApplication app = new InMemoryApplication(NOW);

    LetterDeliveryUseCaseTest() {
        app.persons.add(ADULT);
        app.persons.add(CHILD);
    }

    @Test
    @DisplayName("LET-5 Digital Post first: the letter is stored with its PDF, sent once with the letter's id as key, DELIVERED with Digital Post's reference, and its activity DONE, so the forløb completes")
    void LET5_digital_post_first() {
        Forloeb forloeb = written(ADULT, LetterKind.GROUP_CHANGE_RECEIPT);
        Letter queued = onlyLetter(forloeb);
        assertThat(queued.status()).isEqualTo(new LetterStatus.Queued(LetterChannel.DIGITAL_POST, NOW));

        app.clock.advance(Duration.ofSeconds(5));
        assertThat(app.letters.deliverDue(10)).isEqualTo(1);
        assertThat(app.letters.deliverDue(10)).as("nothing left").isZero();

        assertThat(app.digitalPost.messages).singleElement().satisfies(message -> {
            assertThat(message.id()).isEqualTo(queued.id());
            assertThat(message.recipient()).isEqualTo(new Recipient.Citizen(ADULT.cpr()));
            assertThat(new String(message.pdf(), StandardCharsets.UTF_8)).isEqualTo("Kvittering for ændret sikringsgruppe");
        });
        assertThat(onlyLetter(forloeb).history()).containsExactly(new LetterStatus.Queued(LetterChannel.DIGITAL_POST, NOW),
                new LetterStatus.Delivered(LetterChannel.DIGITAL_POST, "dp-1", NOW.plusSeconds(5)));
        Forloeb after = app.forloeb.load(forloeb.id()).orElseThrow();
        assertThat(after.activities()).extracting(Activity::state).containsExactly(ActivityState.DONE);
        assertThat(after.status()).isInstanceOf(ForloebStatus.Completed.class);
        assertThat(app.print.calls).isZero();
    }

    @Test
    @DisplayName("LET-4 not enrolled in Digital Post, and the municipality has a remote print supplier: the letter goes to print once, never both; printed with the supplier's identifiers and CPR's address, and the activity DONE")
    void LET4_not_enrolled_goes_to_print_once() {
        withPrintSupplier();
        app.digitalPost.notEnrolled(new Recipient.Citizen(ADULT.cpr()));
        Forloeb forloeb = written(ADULT, LetterKind.GROUP_CHANGE_RECEIPT);

        assertThat(app.letters.deliverDue(10)).as("Digital Post, then print").isEqualTo(2);
        assertThat(app.letters.deliverDue(10)).isZero();

        assertThat(app.digitalPost.calls).isEqualTo(1);
        assertThat(app.digitalPost.messages).isEmpty();
        assertThat(app.print.calls).isEqualTo(1);
        PrintJob job = app.print.jobs.getFirst();
        Letter letter = onlyLetter(forloeb);
        assertThat(job.letterId()).isEqualTo(letter.id());
        assertThat(job.supplier()).isEqualTo(SUPPLIER);
        assertThat(job.recipient()).isEqualTo(ADULT.cpr());
        assertThat(job.name()).isEqualTo(ADULT.name());
        assertThat(job.addressLines()).containsExactly("Storegade 1", "7700 Thisted");
        assertThat(letter.history()).extracting(LetterStatus::name, this::channel)
                .containsExactly(tuple("QUEUED", LetterChannel.DIGITAL_POST), tuple("QUEUED", LetterChannel.PRINT),
                        tuple("SENT", LetterChannel.PRINT));
        assertThat(app.outbox.of(forloeb.id())).extracting(row -> row.payload().kind().name(), InMemoryOutbox.Row::state)
                .containsExactly(tuple("DIGITAL_POST_LETTER", InMemoryOutbox.State.REFUSED),
                        tuple("PRINT_LETTER", InMemoryOutbox.State.CONFIRMED));
        Forloeb after = app.forloeb.load(forloeb.id()).orElseThrow();
        assertThat(after.activities()).singleElement().satisfies(activity -> {
            assertThat(activity.state()).isEqualTo(ActivityState.DONE);
            assertThat(activity.note()).isEqualTo("Sendt med fjernprint via Strålfors (print-1)");
        });
        assertThat(after.status()).isInstanceOf(ForloebStatus.Completed.class);
    }

    @Test
    @DisplayName("LET-4 not enrolled and no remote print supplier set up: the letter FAILED, and a caseworker's task to send it physically")
    void LET4_not_enrolled_without_supplier_is_a_task() {
        app.digitalPost.notEnrolled(new Recipient.Citizen(ADULT.cpr()));
        Forloeb forloeb = written(ADULT, LetterKind.GROUP_CHANGE_RECEIPT);

        app.letters.deliverDue(10);

        assertThat(onlyLetter(forloeb).status()).isInstanceOfSatisfying(LetterStatus.Failed.class,
                failed -> assertThat(failed.reason()).isEqualTo(LetterActivities.NOT_ENROLLED + LetterActivities.NO_PRINT_SUPPLIER));
        assertThat(app.print.calls).isZero();
        assertThat(app.forloeb.load(forloeb.id()).orElseThrow().activities()).extracting(Activity::type, Activity::state)
                .containsExactly(tuple(ActivityType.SEND_LETTER, ActivityState.FAILED), tuple(ActivityType.MANUAL_TASK, ActivityState.OPEN));
    }

    @Test
    @DisplayName("LET-4 a child under 15 has no Digital Post: their own letter (never the parents') is printed at once, Digital Post is not asked")
    void LET4_under_fifteen_is_printed_at_once() {
        withPrintSupplier();
        Forloeb forloeb = written(CHILD, LetterKind.DOCTOR_CHOICE_RECEIPT);
        assertThat(onlyLetter(forloeb).status()).isEqualTo(new LetterStatus.Queued(LetterChannel.PRINT, NOW));

        app.letters.deliverDue(10);

        assertThat(app.digitalPost.calls).isZero();
        assertThat(app.print.jobs).singleElement().satisfies(job -> assertThat(job.recipient()).isEqualTo(CHILD.cpr()));
        assertThat(onlyLetter(forloeb).status()).isInstanceOf(LetterStatus.Sent.class);
    }

    @Test
    @DisplayName("LET-4 a child under 15 where no print supplier is set up: the letter is written, FAILED at once, and a caseworker's task; nothing waits in the outbox")
    void LET4_under_fifteen_without_supplier_is_a_task_at_once() {
        Forloeb forloeb = written(CHILD, LetterKind.DOCTOR_CHOICE_RECEIPT);

        assertThat(onlyLetter(forloeb).status()).isInstanceOf(LetterStatus.Failed.class);
        assertThat(app.outbox.of(forloeb.id())).isEmpty();
        assertThat(app.forloeb.load(forloeb.id()).orElseThrow().activities()).extracting(Activity::type, Activity::state)
                .containsExactly(tuple(ActivityType.SEND_LETTER, ActivityState.FAILED), tuple(ActivityType.MANUAL_TASK, ActivityState.OPEN));
    }

    @Test
    @DisplayName("LET-3 no automatic letter to a protected child or an unnamed person: nothing is written or sent, the activity is CANCELLED naming LET-3, and the forløb completes")
    void LET3_no_letter_is_written() {
        Person protectedChild = app.persons.add(new Person(Cpr.of("0412084001"), "Emil Hansen", CprStatus.ACTIVE,
                CivilStatus.UNMARRIED, HOME, true, null));
        Person unnamed = app.persons.add(new Person(Cpr.of("0101264001"), "", CprStatus.ACTIVE, CivilStatus.UNMARRIED, HOME,
                false, null));
        for (Person person : List.of(protectedChild, unnamed)) {
            Forloeb forloeb = written(person, LetterKind.DOCTOR_CHOICE_RECEIPT);
            Forloeb stored = app.forloeb.load(forloeb.id()).orElseThrow();
            assertThat(stored.activities()).singleElement().satisfies(activity -> {
                assertThat(activity.state()).isEqualTo(ActivityState.CANCELLED);
                assertThat(activity.note()).endsWith("(LET-3)");
            });
            assertThat(stored.status()).isInstanceOf(ForloebStatus.Completed.class);
            assertThat(app.letterStore.ofForloeb(forloeb.id())).isEmpty();
        }
        assertThat(app.outbox.all()).isEmpty();
    }

    @Test
    @DisplayName("LET-5 a letter whose forløb was cancelled before it went is WITHDRAWN, not sent")
    void LET5_withdrawn_before_it_went() {
        Forloeb forloeb = written(ADULT, LetterKind.GROUP_CHANGE_RECEIPT);
        app.forloeb.save(app.forloeb.load(forloeb.id()).orElseThrow().cancel(Creator.system("test"), NOW).orElseThrow());

        app.letters.deliverDue(10);

        assertThat(app.digitalPost.calls).isZero();
        assertThat(onlyLetter(forloeb).status()).isInstanceOf(LetterStatus.Withdrawn.class);
        assertThat(app.outbox.of(forloeb.id())).extracting(InMemoryOutbox.Row::state).containsExactly(InMemoryOutbox.State.WITHDRAWN);
    }

    @Test
    @DisplayName("LET-5 the print service refuses a letter: FAILED with its reason, and a caseworker's task")
    void LET5_print_refused_is_a_task() {
        withPrintSupplier();
        Forloeb forloeb = written(CHILD, LetterKind.DOCTOR_CHOICE_RECEIPT);
        app.print.refuse(onlyLetter(forloeb).id());

        app.letters.deliverDue(10);

        assertThat(onlyLetter(forloeb).status()).isInstanceOfSatisfying(LetterStatus.Failed.class, failed ->
                assertThat(failed.reason()).isEqualTo(LetterActivities.PRINT_REJECTED + "UNKNOWN_SHIPMENT_TYPE: 20"));
        assertThat(app.forloeb.load(forloeb.id()).orElseThrow().openActivity(ActivityType.MANUAL_TASK)).isPresent();
    }

    @Test
    @DisplayName("INT-4 Digital Post down during 500 letters, then back: every letter waits, then is delivered exactly once")
    void INT4_digital_post_down_during_500_letters() {
        app.digitalPost.down(true);
        List<Forloeb> written = IntStream.range(0, 500).mapToObj(i -> written(ADULT, LetterKind.GROUP_CHANGE_RECEIPT)).toList();

        for (int round = 0; round < 3; round++) {
            app.letters.deliverDue(1000);
            app.clock.advance(Duration.ofMinutes(10));
        }
        int callsWhileDown = app.digitalPost.calls;
        assertThat(app.outbox.all()).extracting(InMemoryOutbox.Row::state).containsOnly(InMemoryOutbox.State.PENDING);
        assertThat(app.letterStore.ofPerson(ADULT.cpr())).extracting(Letter::status).allMatch(LetterStatus.Queued.class::isInstance);

        app.digitalPost.down(false);
        app.clock.advance(Duration.ofHours(1));
        while (app.letters.deliverDue(1000) > 0) {
            app.clock.advance(Duration.ofMinutes(1));
        }

        System.out.printf("INT-4 Digital Post down: %d calls while down (the loop stops calling a system that is down), "
                        + "then %d letters delivered, %d distinct, outbox %d confirmed%n", callsWhileDown,
                app.digitalPost.messages.size(), app.digitalPost.messages.stream().map(message -> message.id()).distinct().count(),
                app.outbox.all().stream().filter(row -> row.state() == InMemoryOutbox.State.CONFIRMED).count());
        assertThat(app.digitalPost.messages).hasSize(500);
        assertThat(app.digitalPost.messages.stream().map(message -> message.id()).distinct()).hasSize(500);
        assertThat(written).allSatisfy(forloeb -> {
            assertThat(onlyLetter(forloeb).status()).isInstanceOf(LetterStatus.Delivered.class);
            assertThat(app.forloeb.load(forloeb.id()).orElseThrow().status()).isInstanceOf(ForloebStatus.Completed.class);
        });
    }

    @Test
    @DisplayName("INT-4 the print service down during 50 letters, then back: the letters wait in the outbox and each is printed once")
    void INT4_print_down_letters_wait_and_go_once() {
        withPrintSupplier();
        app.print.down(true);
        List<Forloeb> written = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            written.add(written(CHILD, LetterKind.DOCTOR_CHOICE_RECEIPT));
        }
        for (int round = 0; round < 3; round++) {
            app.letters.deliverDue(1000);
            app.clock.advance(Duration.ofMinutes(10));
        }
        assertThat(app.print.jobs).isEmpty();
        assertThat(app.outbox.all()).extracting(InMemoryOutbox.Row::state).containsOnly(InMemoryOutbox.State.PENDING);

        app.print.down(false);
        app.clock.advance(Duration.ofHours(1));
        while (app.letters.deliverDue(1000) > 0) {
            app.clock.advance(Duration.ofMinutes(1));
        }

        assertThat(app.print.jobs).hasSize(50);
        assertThat(app.print.jobs.stream().map(PrintJob::letterId).distinct()).hasSize(50);
        assertThat(written).allSatisfy(forloeb -> assertThat(onlyLetter(forloeb).status()).isInstanceOf(LetterStatus.Sent.class));
    }

    /** A forløb with one SEND_LETTER activity whose letter the flow has just written, stored as the flows store it. */
    private Forloeb written(Person to, LetterKind kind) {
        Activity send = Activity.open(ActivityType.SEND_LETTER, app.clock.instant(), null, "Brev sendes");
        Forloeb forloeb = Forloeb.start(ForloebType.GROUP_CHANGE, TestData.THISTED, Creator.system("test"), to.cpr(),
                List.of(), app.clock.instant(), null).withActivity(send);
        LetterText text = new LetterText(kind == LetterKind.GROUP_CHANGE_RECEIPT ? "Kvittering for ændret sikringsgruppe"
                : "Kvittering for lægevalg", LocalDate.of(2026, 11, 22), List.of("Brødtekst"));
        LetterPost.Posted posted = app.letterPost.post(forloeb, send.id(), LetterDraft.toPerson(kind, to.cpr(),
                List.of(to.cpr()), text), app.clock.instant());
        app.forloeb.save(posted.forloeb().completeIfNothingOpen(app.clock.instant()));
        return forloeb;
    }

    private Letter onlyLetter(Forloeb forloeb) {
        List<Letter> letters = app.letterStore.ofForloeb(forloeb.id());
        assertThat(letters).hasSize(1);
        return letters.getFirst();
    }

    private LetterChannel channel(LetterStatus status) {
        return switch (status) {
            case LetterStatus.Queued queued -> queued.channel();
            case LetterStatus.Sent sent -> sent.channel();
            case LetterStatus.Delivered delivered -> delivered.channel();
            case LetterStatus.Failed failed -> failed.channel();
            case LetterStatus.Withdrawn withdrawn -> null;
        };
    }

    private void withPrintSupplier() {
        app.configuration.locals.put(TestData.THISTED,
                Configurations.withPrintSupplier(app.configuration.loadLocal(TestData.THISTED).orElseThrow(), SUPPLIER));
    }
}

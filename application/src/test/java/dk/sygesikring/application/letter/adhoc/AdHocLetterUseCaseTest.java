package dk.sygesikring.application.letter.adhoc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dk.sygesikring.application.fakes.Configurations;
import dk.sygesikring.application.fakes.InMemoryApplication;
import dk.sygesikring.application.fakes.TestData;
import dk.sygesikring.application.idempotency.IdempotencyKey;
import dk.sygesikring.application.idempotency.IdempotentForloeb;
import dk.sygesikring.application.letter.LetterActivities;
import dk.sygesikring.application.letter.LetterPost;
import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.digitalpost.IfNotDelivered;
import dk.sygesikring.application.port.out.digitalpost.Recipient;
import dk.sygesikring.application.port.out.letter.LetterDelivery;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.audit.AuditEntry;
import dk.sygesikring.domain.configuration.RemotePrintSupplier;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebStatus;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.letter.Addressee;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.letter.LetterChannel;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterStatus;
import dk.sygesikring.domain.letter.LetterText;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A caseworker's ad-hoc letter (LET-1, the ad-hoc part) through the use case: the real service, letter post, route
 * policy and delivery handlers over the in-memory ports, a fake Digital Post and a fake print service. The persons
 * live in Thisted; the caseworker who writes to them works in Odense, so the forløb and the sender are Odense's.
 */
class AdHocLetterUseCaseTest {

    static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final MunicipalityCode ODENSE = MunicipalityCode.of("461");
    static final Address HOME = TestData.addressIn(TestData.THISTED, "7700", TestData.THISTED_CENTRE, "home-ad-hoc");
    static final Person ADULT = TestData.livingAt("0101801231", HOME);
    /** 11 years old: no Digital Post (LET-4). */
    static final Person CHILD = TestData.livingAt("0101154001", HOME);
    /** 16 years old, with name and address protection: LET-3 holds back the automatic letters to them. */
    static final Person PROTECTED_CHILD = new Person(Cpr.of("0101104002"), "Emma Skjult", CprStatus.ACTIVE,
            CivilStatus.UNMARRIED, HOME, true, null);
    static final RemotePrintSupplier SUPPLIER = new RemotePrintSupplier("Strålfors", "20", "5059");
    static final String TITLE = "Dit sundhedskort";
    static final List<String> PARAGRAPHS = List.of("Vi har modtaget din henvendelse om dit sundhedskort.",
            "Dit nye kort er sendt\ntil din adresse i dag.");

    final InMemoryApplication app = new InMemoryApplication(NOW);
    /** What the letter post gave the renderer: the letters' words, which the PDF is made of. */
    final List<LetterText> rendered = new ArrayList<>();
    final AdHocLetterService adHocLetters;
    final Caseworker caseworker = new Caseworker("cw-461-ad-hoc", ODENSE, false);

    AdHocLetterUseCaseTest() {
        LetterPost letterPost = new LetterPost(text -> {
            rendered.add(text);
            return text.title().getBytes(StandardCharsets.UTF_8);
        }, app.letterStore, app.outbox, app.persons, app.configuration,
                new LetterActivities(app.forloeb, app.configuration, app.clock), app.clock);
        adHocLetters = new AdHocLetterService(new PersonGate(app.persons, app.auditLog, app.clock), app.municipalities,
                app.forloeb, app.letterStore, letterPost, new IdempotentForloeb(app.idempotencyKeys, app.forloeb),
                app.transactions, app.clock);
        for (Person person : List.of(ADULT, CHILD, PROTECTED_CHILD)) {
            app.persons.add(person);
        }
    }

    @Test
    @DisplayName("LET-1 (ad-hoc letter) a caseworker of Odense writes to a person of Thisted: an AD_HOC forløb of Odense with one SEND_LETTER activity, the letter stored with the caseworker's title and paragraphs in the standard template, dated today and signed by Odense, queued for Digital Post; the use audited")
    void LET1_ad_hoc_letter_is_written_in_the_caseworkers_municipality() {
        AdHocLetterCase sent = success(send(caseworker, ADULT, null));

        Forloeb forloeb = sent.forloeb();
        assertThat(forloeb.type()).isEqualTo(ForloebType.AD_HOC);
        assertThat(forloeb.municipality()).as("ROLE-2: the caseworker's municipality, not the person's").isEqualTo(ODENSE);
        assertThat(forloeb.mainPerson()).isEqualTo(ADULT.cpr());
        assertThat(forloeb.creator().id()).isEqualTo("cw-461-ad-hoc");
        assertThat(forloeb.status()).isInstanceOf(ForloebStatus.InProgress.class);
        assertThat(forloeb.activities()).extracting(Activity::type, Activity::state)
                .containsExactly(tuple(ActivityType.SEND_LETTER, ActivityState.OPEN));
        assertThat(app.forloeb.load(forloeb.id())).contains(forloeb);

        Letter letter = sent.letter();
        assertThat(app.letterStore.ofForloeb(forloeb.id())).containsExactly(letter);
        assertThat(letter.kind()).isEqualTo(LetterKind.AD_HOC);
        assertThat(letter.to()).isEqualTo(new Addressee.Person(ADULT.cpr()));
        assertThat(letter.about()).containsExactly(ADULT.cpr());
        assertThat(letter.activityId()).isEqualTo(forloeb.activities().getFirst().id());
        assertThat(letter.title()).isEqualTo(TITLE);
        assertThat(letter.status()).isEqualTo(new LetterStatus.Queued(LetterChannel.DIGITAL_POST, NOW));
        assertThat(rendered).singleElement().isEqualTo(new LetterText(TITLE, TODAY, List.of(PARAGRAPHS.get(0), PARAGRAPHS.get(1),
                "Med venlig hilsen\nOdense Kommune")));
        assertThat(app.outbox.of(forloeb.id())).singleElement().satisfies(row ->
                assertThat(row.payload()).isEqualTo(new LetterDelivery.ByDigitalPost(letter.id(), letter.activityId(),
                        IfNotDelivered.PHYSICAL_MAIL)));
        assertThat(app.auditLog.entries).extracting(AuditEntry::action, AuditEntry::subjectId, AuditEntry::actorId)
                .containsExactly(tuple(AuditAction.SEND_AD_HOC_LETTER, ADULT.cpr().value(), "cw-461-ad-hoc"));
    }

    @Test
    @DisplayName("LET-1 (ad-hoc letter) delivered to the person's Digital Post: the letter DELIVERED, its activity DONE and the AD_HOC forløb completed")
    void LET1_ad_hoc_letter_delivered_completes_the_forloeb() {
        AdHocLetterCase sent = success(send(caseworker, ADULT, null));

        app.letters.deliverDue(10);

        assertThat(app.digitalPost.messages).singleElement().satisfies(message -> {
            assertThat(message.id()).isEqualTo(sent.letter().id());
            assertThat(message.recipient()).isEqualTo(new Recipient.Citizen(ADULT.cpr()));
            assertThat(message.title()).isEqualTo(TITLE);
        });
        assertThat(app.letterStore.load(sent.letter().id()).orElseThrow().status()).isInstanceOf(LetterStatus.Delivered.class);
        Forloeb after = app.forloeb.load(sent.forloeb().id()).orElseThrow();
        assertThat(after.status()).isInstanceOf(ForloebStatus.Completed.class);
        assertThat(after.activities()).extracting(Activity::type, Activity::state)
                .containsExactly(tuple(ActivityType.SEND_LETTER, ActivityState.DONE));
    }

    @Test
    @DisplayName("LET-1 (ad-hoc letter) the same Idempotency-Key twice: one forløb, one letter, one message; the repeat answers the first letter as it is now; the key with other words is 422 idempotency-key-reused")
    void LET1_ad_hoc_letter_once_per_idempotency_key() {
        IdempotencyKey key = new IdempotencyKey("ad-hoc-once");
        AdHocLetterCase first = success(send(caseworker, ADULT, key));
        app.letters.deliverDue(10);

        AdHocLetterCase again = success(send(caseworker, ADULT, key));

        assertThat(again.forloeb().id()).isEqualTo(first.forloeb().id());
        assertThat(again.letter().id()).isEqualTo(first.letter().id());
        assertThat(again.letter().status()).as("as it is now").isInstanceOf(LetterStatus.Delivered.class);
        assertThat(again.forloeb().status()).isInstanceOf(ForloebStatus.Completed.class);
        assertThat(app.letterStore.ofPerson(ADULT.cpr())).hasSize(1);
        assertThat(app.outbox.all()).hasSize(1);
        app.letters.deliverDue(10);
        assertThat(app.digitalPost.messages).hasSize(1);

        assertThat(send(caseworker, ADULT, key, TITLE, List.of("Et andet afsnit."))).isEqualTo(Outcome.refused(IdempotentForloeb.KEY_REUSED));
        assertThat(send(caseworker, CHILD, key)).isEqualTo(Outcome.refused(IdempotentForloeb.KEY_REUSED));
        assertThat(success(send(caseworker, ADULT, new IdempotencyKey("ad-hoc-other"))).letter().id())
                .as("another key is another letter").isNotEqualTo(first.letter().id());
    }

    @Test
    @DisplayName("LET-1 (ad-hoc letter) a caseworker's own letter is not an automatic one, so it is not held back: a child of 16 with name and address protection gets it by Digital Post")
    void LET1_ad_hoc_letter_reaches_a_protected_child() {
        AdHocLetterCase sent = success(send(caseworker, PROTECTED_CHILD, null));

        assertThat(sent.letter().to()).isEqualTo(new Addressee.Person(PROTECTED_CHILD.cpr()));
        assertThat(sent.letter().status()).isInstanceOf(LetterStatus.Queued.class);
        app.letters.deliverDue(10);
        assertThat(app.digitalPost.messages).extracting(message -> message.recipient())
                .containsExactly(new Recipient.Citizen(PROTECTED_CHILD.cpr()));
        assertThat(app.forloeb.load(sent.forloeb().id()).orElseThrow().status()).isInstanceOf(ForloebStatus.Completed.class);
    }

    @Test
    @DisplayName("LET-1 (ad-hoc letter) a child under 15 has no Digital Post: the letter goes to the municipality's print supplier at once, to the child, never the parents")
    void LET1_ad_hoc_letter_to_a_child_under_15_is_printed() {
        app.configuration.locals.put(ODENSE, Configurations.withPrintSupplier(Configurations.defaults(ODENSE), SUPPLIER));

        AdHocLetterCase sent = success(send(caseworker, CHILD, null));

        assertThat(sent.letter().status()).isEqualTo(new LetterStatus.Queued(LetterChannel.PRINT, NOW));
        app.letters.deliverDue(10);
        assertThat(app.digitalPost.calls).isZero();
        assertThat(app.print.jobs).singleElement().satisfies(job -> {
            assertThat(job.recipient()).isEqualTo(CHILD.cpr());
            assertThat(job.supplier()).isEqualTo(SUPPLIER);
            assertThat(job.title()).isEqualTo(TITLE);
        });
        assertThat(app.forloeb.load(sent.forloeb().id()).orElseThrow().activities()).extracting(Activity::state)
                .containsExactly(ActivityState.DONE);
    }

    @Test
    @DisplayName("LET-1 (ad-hoc letter) a child under 15 where the municipality has no print supplier: the letter is written and FAILED at once, a caseworker's task opens with its deadline, the forløb stays in progress and nothing waits in the outbox")
    void LET1_ad_hoc_letter_without_print_supplier_is_a_caseworkers_task() {
        AdHocLetterCase sent = success(send(caseworker, CHILD, null));

        assertThat(sent.letter().status()).isInstanceOf(LetterStatus.Failed.class);
        assertThat(((LetterStatus.Failed) sent.letter().status()).channel()).isEqualTo(LetterChannel.PRINT);
        assertThat(app.outbox.of(sent.forloeb().id())).isEmpty();
        assertThat(sent.forloeb().status()).isInstanceOf(ForloebStatus.InProgress.class);
        assertThat(sent.forloeb().activities()).extracting(Activity::type, Activity::state, Activity::deadline)
                .containsExactly(tuple(ActivityType.SEND_LETTER, ActivityState.FAILED, null),
                        tuple(ActivityType.MANUAL_TASK, ActivityState.OPEN, TODAY.plusDays(14)));
        assertThat(app.forloeb.load(sent.forloeb().id())).contains(sent.forloeb());
    }

    @Test
    @DisplayName("LET-1 (ad-hoc letter) only a caseworker writes one: a citizen (to themselves too), an administrator and the system are refused, nothing is written and no use is audited")
    void LET1_ad_hoc_letter_by_caseworker_only() {
        for (Actor actor : List.<Actor>of(new Citizen(ADULT.cpr()), new MunicipalAdministrator("adm-461", ODENSE),
                new SystemActor("cpr-event-feed"))) {
            assertThat(send(actor, ADULT, new IdempotencyKey("by-" + actor.getClass().getSimpleName())))
                    .isEqualTo(Outcome.refused(AdHocLetterService.BY_CASEWORKER_ONLY));
        }
        assertThat(AdHocLetterService.BY_CASEWORKER_ONLY.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(AdHocLetterService.BY_CASEWORKER_ONLY.rule()).isEqualTo("LET-1");
        assertThat(app.letterStore.ofPerson(ADULT.cpr())).isEmpty();
        assertThat(app.outbox.all()).isEmpty();
        assertThat(app.auditLog.entries).isEmpty();
    }

    @Test
    @DisplayName("LET-1 (ad-hoc letter) a person not in the local register is 404 person-not-found; a caseworker of a municipality the register does not know has no sender: 404 municipality-not-found; nothing is written")
    void LET1_ad_hoc_letter_needs_a_person_and_a_sender() {
        Person unknown = TestData.livingAt("0202802222", HOME);
        assertThat(send(caseworker, unknown, null).refusedBecause()).hasValueSatisfying(refusal ->
                assertThat(refusal.code()).isEqualTo("person-not-found"));
        assertThat(send(new Caseworker("cw-999", MunicipalityCode.of("999"), false), ADULT, null).refusedBecause())
                .hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo("municipality-not-found"));
        assertThat(app.outbox.all()).isEmpty();
        assertThat(app.forloeb.all()).isEmpty();
    }

    @Test
    @DisplayName("LET-1 (ad-hoc letter) the command: a title and at least one paragraph, none blank; line breaks as \\n; the fingerprint tells the words apart, also where they split")
    void LET1_ad_hoc_letter_command() {
        Actor actor = caseworker;
        assertThatThrownBy(() -> new SendAdHocLetterCommand(actor, ADULT.cpr(), " ", PARAGRAPHS, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SendAdHocLetterCommand(actor, ADULT.cpr(), TITLE, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SendAdHocLetterCommand(actor, ADULT.cpr(), TITLE, List.of("Et afsnit.", "\r\n"), null))
                .isInstanceOf(IllegalArgumentException.class);

        SendAdHocLetterCommand windows = new SendAdHocLetterCommand(actor, ADULT.cpr(), TITLE, List.of("a\r\nb", "c\rd"), null);
        assertThat(windows.paragraphs()).containsExactly("a\nb", "c\nd");
        assertThat(windows.fingerprint()).isEqualTo(new SendAdHocLetterCommand(actor, ADULT.cpr(), TITLE, List.of("a\nb", "c\nd"),
                null).fingerprint());
        assertThat(command(TITLE, List.of("ab")).fingerprint()).isNotEqualTo(command(TITLE, List.of("a", "b")).fingerprint());
        assertThat(command("a", List.of("bc")).fingerprint()).isNotEqualTo(command("ab", List.of("c")).fingerprint());
        assertThat(command(TITLE, PARAGRAPHS).fingerprint()).startsWith("ad-hoc-letter:" + ADULT.cpr().value() + ":");
    }

    private SendAdHocLetterCommand command(String title, List<String> paragraphs) {
        return new SendAdHocLetterCommand(caseworker, ADULT.cpr(), title, paragraphs, null);
    }

    private Outcome<AdHocLetterCase> send(Actor actor, Person to, IdempotencyKey key) {
        return send(actor, to, key, TITLE, PARAGRAPHS);
    }

    private Outcome<AdHocLetterCase> send(Actor actor, Person to, IdempotencyKey key, String title, List<String> paragraphs) {
        return adHocLetters.send(new SendAdHocLetterCommand(actor, to.cpr(), title, paragraphs, key));
    }

    private static <T> T success(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Success.class);
        return ((Outcome.Success<T>) outcome).value();
    }
}

package dk.sygesikring.application.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.sygesikring.application.fakes.CountingTransactions;
import dk.sygesikring.application.fakes.InMemoryForloebStore;
import dk.sygesikring.application.fakes.InMemoryLetters;
import dk.sygesikring.application.fakes.InMemoryPersons;
import dk.sygesikring.application.fakes.RecordingAuditLog;
import dk.sygesikring.application.fakes.SettableClock;
import dk.sygesikring.application.fakes.TestData;
import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.PersonAccessPolicy;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.audit.AuditEntry;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.letter.Addressee;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.letter.LetterChannel;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterStatus;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.result.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Reading letters (LET-6, the viewing part) through the use case over in-memory letters, forløb and persons: per
 * forløb, per person a page at a time, one by one and as PDF, each reader seeing what ROLE-2 and ROLE-4 let them.
 */
class ReadLettersUseCaseTest {

    static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");
    static final MunicipalityCode THISTED = TestData.THISTED;
    static final MunicipalityCode AARHUS = MunicipalityCode.of("751");

    static final Cpr MOTHER = Cpr.of("0202851234");
    static final Cpr FATHER = Cpr.of("0303841235");
    static final Cpr DAUGHTER = Cpr.of("0404184322");       // 8 years old in 2026: under 15
    static final Cpr SON = Cpr.of("0505094321");            // 17 years old: his own
    static final Cpr STRANGER = Cpr.of("0606701237");

    final SettableClock clock = new SettableClock(T0.plusSeconds(3600), ZoneId.of("Europe/Copenhagen"));
    final InMemoryForloebStore forloeb = new InMemoryForloebStore();
    final InMemoryLetters letters = new InMemoryLetters(forloeb);
    final InMemoryPersons persons = new InMemoryPersons();
    final RecordingAuditLog auditLog = new RecordingAuditLog();
    final ReadLettersService read = new ReadLettersService(letters, forloeb, new PersonGate(persons, auditLog, clock), auditLog,
            new CountingTransactions(), clock);

    final Caseworker thisted = new Caseworker("cw-787-1", THISTED, false);
    final Caseworker aarhus = new Caseworker("cw-751-1", AARHUS, false);

    ReadLettersUseCaseTest() {
        for (Cpr cpr : List.of(MOTHER, FATHER, DAUGHTER, SON, STRANGER)) {
            persons.add(TestData.livingAt(cpr.value(), TestData.addressIn(THISTED, "7700", TestData.THISTED_CENTRE, "home-" + cpr)));
        }
        persons.relate(Relation.custody(MOTHER, DAUGHTER));
        persons.relate(Relation.custody(MOTHER, SON));
        persons.relate(Relation.spouses(MOTHER, FATHER));
    }

    @Test
    @DisplayName("LET-6 (viewing) a forløb's letters, oldest first, each with its status and whole history: queued, sent, delivered, failed and withdrawn")
    void LET6_forloeb_letters_with_every_status() {
        Forloeb family = forloebOf(THISTED, MOTHER);
        Letter queued = write(family, MOTHER, List.of(MOTHER, DAUGHTER), 1);
        Letter sent = update(write(family, MOTHER, List.of(MOTHER), 2),
                letter -> letter.rerouted(LetterChannel.PRINT, T0.plusSeconds(3))
                        .reported(new LetterStatus.Sent(LetterChannel.PRINT, "P-1", T0.plusSeconds(4))));
        Letter delivered = update(write(family, MOTHER, List.of(MOTHER), 5),
                letter -> letter.reported(new LetterStatus.Delivered(LetterChannel.DIGITAL_POST, "DP-1", T0.plusSeconds(6))));
        Letter failed = update(write(family, MOTHER, List.of(MOTHER), 7),
                letter -> letter.reported(new LetterStatus.Failed(LetterChannel.DIGITAL_POST, "Afvist", T0.plusSeconds(8))));
        Letter withdrawn = update(write(family, MOTHER, List.of(MOTHER), 9), letter -> letter.withdrawn(T0.plusSeconds(10)));

        List<Letter> seen = read.ofForloeb(thisted, family.id()).orElseThrow();

        assertThat(seen).containsExactly(queued, sent, delivered, failed, withdrawn);
        assertThat(seen).extracting(letter -> letter.status().name())
                .containsExactly("QUEUED", "SENT", "DELIVERED", "FAILED", "WITHDRAWN");
        assertThat(seen.get(1).history()).extracting(LetterStatus::name).containsExactly("QUEUED", "QUEUED", "SENT");
        assertThat(auditLog.entries).extracting(AuditEntry::action, AuditEntry::subjectType, AuditEntry::subjectId)
                .containsExactlyInAnyOrder(
                        tuple(AuditAction.READ_LETTERS, "PERSON", MOTHER.value()),
                        tuple(AuditAction.READ_LETTERS, "FORLOEB", family.id().toString()));
    }

    @Test
    @DisplayName("LET-6 (viewing) ROLE-2 a caseworker of another municipality is refused a forløb's letters, its letters one by one and their PDFs, and their person's list leaves them out; nothing is audited for the refusals")
    void LET6_other_municipality_is_refused() {
        Forloeb inThisted = forloebOf(THISTED, MOTHER);
        Forloeb inAarhus = forloebOf(AARHUS, MOTHER);
        Letter thistedLetter = write(inThisted, MOTHER, List.of(MOTHER), 1);
        Letter aarhusLetter = write(inAarhus, MOTHER, List.of(MOTHER), 2);

        assertThat(read.ofForloeb(aarhus, inThisted.id())).isEqualTo(Outcome.refused(ReadLettersService.OTHER_MUNICIPALITY));
        assertThat(read.read(aarhus, thistedLetter.id())).isEqualTo(Outcome.refused(ReadLettersService.OTHER_MUNICIPALITY));
        assertThat(read.document(aarhus, thistedLetter.id())).isEqualTo(Outcome.refused(ReadLettersService.OTHER_MUNICIPALITY));
        MunicipalAdministrator aarhusAdministrator = new MunicipalAdministrator("adm-751", AARHUS);
        assertThat(read.read(aarhusAdministrator, thistedLetter.id())).isEqualTo(Outcome.refused(ReadLettersService.OTHER_MUNICIPALITY));
        assertThat(ReadLettersService.OTHER_MUNICIPALITY.rule()).isEqualTo("ROLE-2");
        assertThat(auditLog.entries).as("a refused read shows nothing").isEmpty();

        assertThat(page(aarhus, MOTHER, 10).letters()).containsExactly(aarhusLetter);
        assertThat(page(thisted, MOTHER, 10).letters()).containsExactly(thistedLetter);
        assertThat(page(aarhusAdministrator, MOTHER, 10).letters()).containsExactly(aarhusLetter);
        assertThat(read.read(aarhus, aarhusLetter.id())).isEqualTo(Outcome.success(aarhusLetter));
    }

    @Test
    @DisplayName("LET-6 (viewing) ROLE-4 a citizen reads the letters to or about themselves and their child under 15 in custody, not those of a spouse, a child of 15 or more, or a stranger")
    void LET6_citizen_sees_self_and_custody_children() {
        Forloeb family = forloebOf(THISTED, MOTHER);
        Letter toMother = write(family, MOTHER, List.of(MOTHER, DAUGHTER), 1);
        Letter toDaughter = write(forloebOf(THISTED, DAUGHTER), DAUGHTER, List.of(DAUGHTER), 2);
        Letter toSon = write(forloebOf(THISTED, SON), SON, List.of(SON), 3);
        Letter toFather = write(forloebOf(AARHUS, FATHER), FATHER, List.of(FATHER), 4);
        Letter toStranger = write(forloebOf(THISTED, STRANGER), STRANGER, List.of(STRANGER), 5);
        Citizen mother = new Citizen(MOTHER);

        assertThat(page(mother, MOTHER, 10).letters()).containsExactly(toMother);
        assertThat(page(mother, DAUGHTER, 10).letters()).as("to her, and her mother's letter about her").containsExactly(toDaughter, toMother);
        assertThat(read.read(mother, toDaughter.id())).isEqualTo(Outcome.success(toDaughter));
        assertThat(read.ofForloeb(mother, family.id())).isEqualTo(Outcome.success(List.of(toMother)));
        for (Letter other : List.of(toSon, toFather, toStranger)) {
            assertThat(read.read(mother, other.id())).isEqualTo(Outcome.refused(PersonAccessPolicy.NOT_YOUR_PERSON));
            assertThat(read.document(mother, other.id())).isEqualTo(Outcome.refused(PersonAccessPolicy.NOT_YOUR_PERSON));
            assertThat(read.ofForloeb(mother, other.forloebId())).isEqualTo(Outcome.refused(PersonAccessPolicy.NOT_YOUR_PERSON));
        }
        for (Cpr other : List.of(SON, FATHER, STRANGER)) {
            assertThat(read.ofPerson(new LettersOfPersonQuery(mother, other, Optional.empty(), 10)))
                    .isEqualTo(Outcome.refused(PersonAccessPolicy.NOT_YOUR_PERSON));
        }
        Citizen son = new Citizen(SON);
        assertThat(read.read(son, toMother.id())).as("a letter about his sister only").isEqualTo(Outcome.refused(PersonAccessPolicy.NOT_YOUR_PERSON));
        assertThat(page(son, SON, 10).letters()).containsExactly(toSon);
        assertThat(auditLog.entries).as("citizens are not audited").isEmpty();
    }

    @Test
    @DisplayName("LET-6 (viewing) a letter to a practice is read by the citizen it is about; the system reads every letter, unaudited")
    void LET6_practice_letter_and_system() {
        Forloeb family = forloebOf(THISTED, MOTHER);
        Letter application = letters(Letter.written(UUID.randomUUID(), family.id(), family.activities().getFirst().id(),
                LetterKind.DISPENSATION_APPLICATION, new Addressee.Practice(ProviderNumber.of("078701")), List.of(MOTHER, DAUGHTER),
                "Ansøgning om dispensation", LetterChannel.DIGITAL_POST, T0.plusSeconds(1)));

        assertThat(read.read(new Citizen(MOTHER), application.id())).isEqualTo(Outcome.success(application));
        assertThat(page(new Citizen(MOTHER), DAUGHTER, 10).letters()).containsExactly(application);
        SystemActor system = new SystemActor("cpr-event-feed");
        assertThat(read.read(system, application.id())).isEqualTo(Outcome.success(application));
        assertThat(read.ofForloeb(system, family.id())).isEqualTo(Outcome.success(List.of(application)));
        assertThat(auditLog.entries).isEmpty();
    }

    @Test
    @DisplayName("LET-6 (viewing) a caseworker's read of one letter and of its PDF is audited as a use of its forløb and of each person it names; the PDF is byte for byte the stored one")
    void LET6_one_letter_and_its_document_audited() {
        Forloeb family = forloebOf(THISTED, MOTHER);
        Letter letter = write(family, MOTHER, List.of(MOTHER, DAUGHTER), 1);

        LetterDocument document = read.document(thisted, letter.id()).orElseThrow();

        assertThat(document.pdf()).isEqualTo(pdfOf(letter));
        assertThat(document.writtenAt()).isEqualTo(letter.createdAt());
        assertThat(auditLog.entries).extracting(AuditEntry::action).containsOnly(AuditAction.READ_LETTER_DOCUMENT);
        assertThat(auditLog.entries).extracting(AuditEntry::subjectId)
                .containsExactlyInAnyOrder(family.id().toString(), MOTHER.value(), DAUGHTER.value());
        assertThat(auditLog.entries).extracting(AuditEntry::actorId).containsOnly("cw-787-1");
    }

    @Test
    @DisplayName("LET-6 (viewing) a person's 7 letters, 3 at a time: newest first, those of one instant by id, none twice or skipped; a letter written between pages comes on the newest page only; the last page has no next")
    void LET6_person_letters_paged_by_keyset() {
        Forloeb family = forloebOf(THISTED, MOTHER);
        List<Letter> written = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            written.add(write(family, MOTHER, List.of(MOTHER), i < 4 ? 1 : 2 + i)); // four in the same instant
        }
        List<UUID> expected = letters.ofPerson(MOTHER).stream().map(Letter::id).toList();

        LetterPage first = page(thisted, MOTHER, 3);
        Letter later = write(family, MOTHER, List.of(MOTHER), 100);
        LetterPage second = read.ofPerson(new LettersOfPersonQuery(thisted, MOTHER, first.next(), 3)).orElseThrow();
        LetterPage third = read.ofPerson(new LettersOfPersonQuery(thisted, MOTHER, second.next(), 3)).orElseThrow();

        List<Letter> all = new ArrayList<>(first.letters());
        all.addAll(second.letters());
        all.addAll(third.letters());
        assertThat(first.letters()).hasSize(3);
        assertThat(second.letters()).hasSize(3);
        assertThat(third.letters()).hasSize(1);
        assertThat(third.next()).isEmpty();
        assertThat(all).extracting(Letter::id).containsExactlyInAnyOrderElementsOf(expected).doesNotHaveDuplicates();
        assertThat(all).extracting(Letter::createdAt).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(all).doesNotContain(later);
        assertThat(page(thisted, MOTHER, 3).letters().getFirst()).isEqualTo(later);
        assertThat(page(thisted, MOTHER, 8).next()).as("exactly a page: no next").isEmpty();
    }

    @Test
    @DisplayName("An unknown letter is letter-not-found and an unknown forløb forloeb-not-found, for every reader")
    void unknown_letter_and_forloeb() {
        for (Actor reader : List.of(thisted, new Citizen(MOTHER), new SystemActor("x"))) {
            assertThat(read.read(reader, UUID.randomUUID())).isEqualTo(Outcome.refused(ReadLettersService.NOT_FOUND));
            assertThat(read.document(reader, UUID.randomUUID())).isEqualTo(Outcome.refused(ReadLettersService.NOT_FOUND));
            assertThat(read.ofForloeb(reader, new ForloebId(UUID.randomUUID()))).isEqualTo(Outcome.refused(ReadLettersService.NO_FORLOEB));
        }
        assertThat(ReadLettersService.NOT_FOUND.code()).isEqualTo("letter-not-found");
    }

    private LetterPage page(Actor reader, Cpr cpr, int limit) {
        return read.ofPerson(new LettersOfPersonQuery(reader, cpr, Optional.empty(), limit)).orElseThrow();
    }

    private Forloeb forloebOf(MunicipalityCode municipality, Cpr mainPerson) {
        Forloeb made = Forloeb.start(ForloebType.DOCTOR_CHOICE, municipality, new Creator(Creator.Kind.CITIZEN, mainPerson.value()),
                mainPerson, List.of(mainPerson), T0, null).withActivity(Activity.open(ActivityType.SEND_LETTER, T0, null, null));
        forloeb.save(made);
        return made;
    }

    private Letter write(Forloeb of, Cpr to, List<Cpr> about, int secondsAfter) {
        return letters(Letter.written(UUID.randomUUID(), of.id(), of.activities().getFirst().id(), LetterKind.DOCTOR_CHOICE_RECEIPT,
                new Addressee.Person(to), about, "Kvittering for lægevalg", LetterChannel.DIGITAL_POST, T0.plusSeconds(secondsAfter)));
    }

    private Letter letters(Letter letter) {
        letters.save(letter, pdfOf(letter));
        return letter;
    }

    private Letter update(Letter letter, UnaryOperator<Letter> change) {
        Letter changed = change.apply(letter);
        letters.update(changed);
        return changed;
    }

    private static byte[] pdfOf(Letter letter) {
        return ("%PDF-1.7 " + letter.id()).getBytes(StandardCharsets.US_ASCII);
    }
}

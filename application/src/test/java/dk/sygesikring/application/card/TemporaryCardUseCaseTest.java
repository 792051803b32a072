package dk.sygesikring.application.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dk.sygesikring.application.fakes.InMemoryApplication;
import dk.sygesikring.application.fakes.InMemoryOutbox;
import dk.sygesikring.application.fakes.TestData;
import dk.sygesikring.application.idempotency.IdempotencyKey;
import dk.sygesikring.application.port.out.digitalpost.IfNotDelivered;
import dk.sygesikring.application.port.out.digitalpost.Recipient;
import dk.sygesikring.application.port.out.letter.LetterDelivery;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.audit.AuditEntry;
import dk.sygesikring.domain.card.CardOrderPolicy;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebStatus;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.letter.Addressee;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterStatus;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.result.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Temporary cards through the use cases (CARD-4): the real services and policies over in-memory ports and a fake
 * Digital Post. The persons live in Thisted; the caseworker who issues their cards works in Copenhagen.
 */
class TemporaryCardUseCaseTest {

    static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final ProviderNumber DOCTOR = ProviderNumber.of("050208");
    static final Cpr PERSON = Cpr.of("0101801231");
    static final Cpr FREE_CHOICE = Cpr.of("0101801241");
    static final Cpr RESTING = Cpr.of("0101801251");
    static final MunicipalityCode COPENHAGEN = MunicipalityCode.of("101");

    final InMemoryApplication app = new InMemoryApplication(NOW);
    final Caseworker caseworker = new Caseworker("cw-101-temporary", COPENHAGEN, false);
    final Address home = TestData.addressIn(TestData.THISTED, "7700", TestData.THISTED_CENTRE, "home");

    TemporaryCardUseCaseTest() {
        app.practitioners.add(TestData.openPractice(DOCTOR.value(), TestData.THISTED_CENTRE));
        for (Cpr cpr : List.of(PERSON, FREE_CHOICE, RESTING)) {
            app.persons.add(TestData.livingAt(cpr.value(), home));
        }
        app.registrations.record(InsuranceRegistration.doctorChoice(PERSON, DOCTOR, TODAY.minusYears(1), NOW, UUID.randomUUID(), null));
        app.registrations.record(InsuranceRegistration.groupChange(FREE_CHOICE, Sikringsgruppe.GROUP_2, TODAY.minusYears(1), NOW,
                UUID.randomUUID(), null));
        app.registrations.record(InsuranceRegistration.groupChange(RESTING, Sikringsgruppe.GROUP_4, TODAY.minusYears(1), NOW,
                UUID.randomUUID(), null));
    }

    @Test
    @DisplayName("CARD-4 a caseworker of another municipality issues a temporary card: a TEMPORARY_CARD forløb of their municipality with the card of today and one letter to the person's Digital Post; no card is ordered")
    void CARD4_issued_by_a_caseworker_of_another_municipality() {
        TemporaryCardCase issued = success(issue(PERSON, null));

        Forloeb forloeb = issued.forloeb();
        assertThat(forloeb.type()).isEqualTo(ForloebType.TEMPORARY_CARD);
        assertThat(forloeb.municipality()).as("ROLE-2: the caseworker's municipality, not the person's").isEqualTo(COPENHAGEN);
        assertThat(forloeb.mainPerson()).isEqualTo(PERSON);
        assertThat(forloeb.activities()).extracting(Activity::type, Activity::state)
                .containsExactly(tuple(ActivityType.SEND_LETTER, ActivityState.OPEN));
        assertThat(issued.card().card()).isEqualTo(new HealthCard(PERSON, "Test " + PERSON.value(), home.display(), Sikringsgruppe.GROUP_1,
                java.util.Optional.of(new HealthCard.CardDoctor(DOCTOR, "Lægerne " + DOCTOR.value(),
                        TestData.addressIn(TestData.THISTED, "7700", TestData.THISTED_CENTRE, "practice-" + DOCTOR.value()).display())),
                TODAY));
        assertThat(issued.letter()).isEqualTo(TemporaryCardCase.Letter.SENDING);
        assertThat(forloeb.details()).extracting(detail -> detail.name() + "=" + detail.value())
                .containsExactly("sikringsgruppe=1", "gyldigFra=" + TODAY, "ydernummer=050208");
        assertThat(app.forloeb.load(forloeb.id())).contains(forloeb);
        assertThat(app.temporaryCards.all()).singleElement().satisfies(card -> {
            assertThat(card.forloebId()).isEqualTo(forloeb.id());
            assertThat(card.municipality()).isEqualTo(COPENHAGEN);
            assertThat(card.issuedBy().id()).isEqualTo("cw-101-temporary");
            assertThat(card.issuedAt()).isEqualTo(NOW);
            assertThat(card.letterId()).isEqualTo(app.outbox.of(forloeb.id()).getFirst().id());
        });
        assertThat(app.cardOrders.all()).as("no card is ordered").isEmpty();

        assertThat(app.outbox.of(forloeb.id())).singleElement().satisfies(row -> {
            LetterDelivery.ByDigitalPost delivery = (LetterDelivery.ByDigitalPost) row.payload();
            assertThat(delivery.letterId()).isEqualTo(row.id());
            assertThat(delivery.activityId()).isEqualTo(forloeb.activities().getFirst().id());
            assertThat(delivery.ifNotDelivered()).isEqualTo(IfNotDelivered.PRINTED_BY_CASEWORKER);
        });
        assertThat(app.letterStore.load(issued.card().letterId())).hasValueSatisfying(letter -> {
            assertThat(letter.to()).isEqualTo(new Addressee.Person(PERSON));
            assertThat(letter.kind()).isEqualTo(LetterKind.TEMPORARY_CARD);
            assertThat(letter.title()).isEqualTo("Midlertidigt sundhedskort");
            assertThat(letter.status()).isInstanceOf(LetterStatus.Queued.class);
        });
        assertThat(app.auditLog.entries).extracting(AuditEntry::action, AuditEntry::subjectId)
                .containsExactly(tuple(AuditAction.ISSUE_TEMPORARY_CARD, PERSON.value()));
    }

    @Test
    @DisplayName("CARD-4 delivered to Digital Post: the letter's activity is DONE and the forløb completes; the printable card is the PDF sent")
    void CARD4_delivered_completes_the_forloeb() {
        TemporaryCardCase issued = success(issue(PERSON, null));

        app.letters.deliverDue(10);

        Forloeb after = app.forloeb.load(issued.forloeb().id()).orElseThrow();
        assertThat(after.status()).isInstanceOf(ForloebStatus.Completed.class);
        assertThat(after.activities()).extracting(Activity::type, Activity::state)
                .containsExactly(tuple(ActivityType.SEND_LETTER, ActivityState.DONE));
        assertThat(new TemporaryCardCase(after, issued.card()).letter()).isEqualTo(TemporaryCardCase.Letter.DELIVERED);
        assertThat(app.digitalPost.messages).singleElement().satisfies(message -> {
            assertThat(message.recipient()).isEqualTo(new Recipient.Citizen(PERSON));
            TemporaryCardDocument printed = success(app.temporaryCardDocument.document(caseworker, after.id()));
            assertThat(printed.pdf()).isEqualTo(message.pdf());
            assertThat(printed.issuedAt()).isEqualTo(NOW);
        });
    }

    @Test
    @DisplayName("CARD-4 a person without Digital Post (not enrolled or exempt): the letter's activity closes saying the caseworker prints the card, no manual task is made, the forløb completes and the card can be printed")
    void CARD4_not_enrolled_is_printed_instead() {
        app.digitalPost.notEnrolled(new Recipient.Citizen(PERSON));
        TemporaryCardCase issued = success(issue(PERSON, null));

        app.letters.deliverDue(10);

        Forloeb after = app.forloeb.load(issued.forloeb().id()).orElseThrow();
        assertThat(after.status()).isInstanceOf(ForloebStatus.Completed.class);
        assertThat(after.activities()).singleElement().satisfies(letter -> {
            assertThat(letter.type()).isEqualTo(ActivityType.SEND_LETTER);
            assertThat(letter.state()).isEqualTo(ActivityState.FAILED);
            assertThat(letter.note()).isEqualTo("Modtageren har ikke Digital Post (ikke tilmeldt eller fritaget): "
                    + "sagsbehandleren udskriver brevet i stedet");
        });
        assertThat(new TemporaryCardCase(after, issued.card()).letter()).isEqualTo(TemporaryCardCase.Letter.NOT_DELIVERED);
        assertThat(app.outbox.of(after.id())).extracting(InMemoryOutbox.Row::state).containsExactly(InMemoryOutbox.State.REFUSED);
        assertThat(new String(success(app.temporaryCardDocument.document(caseworker, after.id())).pdf(), StandardCharsets.UTF_8))
                .as("the fake renderer writes the title").isEqualTo("Midlertidigt sundhedskort");
    }

    @Test
    @DisplayName("CARD-4 only a caseworker issues it; a person whose group carries no card is refused with CARD-1's refusal, and nothing is stored")
    void CARD4_refusals() {
        assertThat(app.issueTemporaryCard.issue(new IssueTemporaryCardCommand(new Citizen(PERSON), PERSON, null)))
                .isEqualTo(Outcome.refused(IssueTemporaryCardService.BY_CASEWORKER_ONLY));
        assertThat(issue(RESTING, null)).isEqualTo(Outcome.refused(CardOrderPolicy.NO_CARD_IN_GROUP));
        assertThat(app.forloeb.all()).isEmpty();
        assertThat(app.temporaryCards.all()).isEmpty();
        assertThat(app.outbox.all()).isEmpty();

        TemporaryCardCase freeChoice = success(issue(FREE_CHOICE, null));
        assertThat(freeChoice.card().card().group()).isEqualTo(Sikringsgruppe.GROUP_2);
        assertThat(freeChoice.card().card().doctor()).as("group 2 has no doctor on the card").isEmpty();
    }

    @Test
    @DisplayName("CARD-4 the same Idempotency-Key again answers the first card, as issued, with one letter; a new request issues another")
    void CARD4_once_per_idempotency_key() {
        IdempotencyKey key = new IdempotencyKey("temporary-card-1");
        TemporaryCardCase first = success(issue(PERSON, key));
        app.clock.advance(Duration.ofDays(2));
        app.registrations.record(InsuranceRegistration.groupChange(PERSON, Sikringsgruppe.GROUP_2, TODAY.plusDays(1), NOW,
                UUID.randomUUID(), null));

        TemporaryCardCase again = success(issue(PERSON, key));

        assertThat(again.forloeb().id()).isEqualTo(first.forloeb().id());
        assertThat(again.card()).as("the card as issued, not one made from later data").isEqualTo(first.card());
        assertThat(app.outbox.all()).hasSize(1);
        TemporaryCardCase another = success(issue(PERSON, new IdempotencyKey("temporary-card-2")));
        assertThat(another.card().card().group()).isEqualTo(Sikringsgruppe.GROUP_2);
        assertThat(app.outbox.all()).hasSize(2);
    }

    @Test
    @DisplayName("CARD-4 printed in the municipality that issued it: a caseworker elsewhere and a citizen are refused, an unknown forløb or one of another type is not found, a cancelled one is withdrawn")
    void CARD4_who_prints_it() {
        TemporaryCardCase issued = success(issue(PERSON, null));
        ForloebId id = issued.forloeb().id();
        Caseworker colleague = new Caseworker("cw-101-colleague", COPENHAGEN, true);
        Caseworker thisted = new Caseworker("cw-787-1", TestData.THISTED, false);

        assertThat(app.temporaryCardDocument.document(colleague, id)).isInstanceOf(Outcome.Success.class);
        assertThat(app.temporaryCardDocument.document(thisted, id))
                .isEqualTo(Outcome.refused(TemporaryCardDocumentService.OTHER_MUNICIPALITY));
        assertThat(app.temporaryCardDocument.document(new Citizen(PERSON), id))
                .isEqualTo(Outcome.refused(IssueTemporaryCardService.BY_CASEWORKER_ONLY));
        assertThat(app.temporaryCardDocument.document(caseworker, ForloebId.random()))
                .isEqualTo(Outcome.refused(TemporaryCardDocumentService.NOT_FOUND));
        Forloeb other = Forloeb.start(ForloebType.AD_HOC, COPENHAGEN, dk.sygesikring.domain.forloeb.Creator.of(caseworker), PERSON,
                List.of(), NOW, null);
        app.forloeb.save(other);
        assertThat(app.temporaryCardDocument.document(caseworker, other.id()))
                .isEqualTo(Outcome.refused(TemporaryCardDocumentService.NOT_FOUND));

        assertThat(app.forloebService.cancel(caseworker, id)).isInstanceOf(Outcome.Success.class);
        app.letters.deliverDue(10);
        assertThat(app.digitalPost.messages).as("the cancelled card's letter is withdrawn").isEmpty();
        assertThat(app.temporaryCardDocument.document(caseworker, id))
                .isEqualTo(Outcome.refused(TemporaryCardDocumentService.WITHDRAWN));
    }

    private Outcome<TemporaryCardCase> issue(Cpr cpr, IdempotencyKey key) {
        return app.issueTemporaryCard.issue(new IssueTemporaryCardCommand(caseworker, cpr, key));
    }

    private static <T> T success(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Success.class);
        return ((Outcome.Success<T>) outcome).value();
    }
}

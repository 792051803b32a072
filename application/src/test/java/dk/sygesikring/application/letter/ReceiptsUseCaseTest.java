package dk.sygesikring.application.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.card.OrderCardsCommand;
import dk.sygesikring.application.card.SupplierReport;
import dk.sygesikring.application.fakes.InMemoryApplication;
import dk.sygesikring.application.fakes.TestData;
import dk.sygesikring.application.group.ChangeGroupCommand;
import dk.sygesikring.application.idempotency.IdempotencyKey;
import dk.sygesikring.application.port.out.digitalpost.Recipient;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.card.CardOrderReason;
import dk.sygesikring.domain.card.SupplierStatus;
import dk.sygesikring.domain.configuration.Days;
import dk.sygesikring.domain.doctorchoice.Availability;
import dk.sygesikring.domain.doctorchoice.ChoiceReason;
import dk.sygesikring.domain.doctorchoice.Consent;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.doctorchoice.DoctorChoice.Candidate;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebStatus;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.letter.Addressee;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.result.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The receipts the flows send (LET-1, LET-2), and that no doctor-choice, group-change or card-order forløb stays in
 * progress once its work is done: the real flows, LUNA's confirmations, the card supplier's reports and the letters'
 * delivery, over in-memory ports.
 */
class ReceiptsUseCaseTest {

    static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final ProviderNumber DOCTOR = ProviderNumber.of("050208");
    static final Cpr MOTHER = Cpr.of("0101801231");
    /** Born 2015 and 2017: under 15, so the mother chooses for them (ROLE-3). */
    static final Cpr SON = Cpr.of("0101154001");
    static final Cpr DAUGHTER = Cpr.of("0101174002");
    static final Availability OPEN = Availability.choosable("DOC-2", "the practice is open for new patients");

    final InMemoryApplication app = new InMemoryApplication(NOW);
    final Caseworker caseworker = new Caseworker("cw-787-1", TestData.THISTED, false);

    ReceiptsUseCaseTest() {
        Address home = TestData.addressIn(TestData.THISTED, "7700", TestData.THISTED_CENTRE, "home");
        app.practitioners.add(TestData.openPractice(DOCTOR.value(), TestData.THISTED_CENTRE));
        for (Cpr cpr : List.of(MOTHER, SON, DAUGHTER)) {
            app.persons.add(TestData.livingAt(cpr.value(), home));
            app.registrations.record(InsuranceRegistration.groupChange(cpr, Sikringsgruppe.GROUP_1, TODAY.minusYears(1),
                    NOW.minusSeconds(3600), UUID.randomUUID(), null));
        }
    }

    @Test
    @DisplayName("LET-2 a mother changing doctor for herself and two children gets one letter, the doctor-choice receipt, naming all three, and no card receipt; the forløb completes once the registrations, the three cards and the letter are done")
    void LET2_one_receipt_for_a_family_choice_and_the_forloeb_completes() {
        ForloebId id = familyChoice();

        app.delivery.deliverDue(10); // the three registrations at LUNA, then the three cards to the supplier
        assertThat(app.choices.get(id).state()).isInstanceOf(DoctorChoiceState.InEffect.class);
        assertThat(app.forloeb.get(id).openActivity(ActivityType.SEND_LETTER)).isPresent();
        app.delivery.deliverDue(10);
        dispatchEveryCard(id);
        assertThat(app.forloeb.get(id).isInProgress()).as("the receipt is still on its way").isTrue();

        app.letters.deliverDue(10);

        assertThat(app.letterStore.ofForloeb(id)).singleElement().satisfies(letter -> {
            assertThat(letter.kind()).isEqualTo(LetterKind.DOCTOR_CHOICE_RECEIPT);
            assertThat(letter.to()).isEqualTo(new Addressee.Person(MOTHER));
            assertThat(letter.about()).containsExactly(MOTHER, SON, DAUGHTER);
        });
        assertThat(app.letterStore.ofPerson(SON)).extracting(Letter::kind).containsExactly(LetterKind.DOCTOR_CHOICE_RECEIPT);
        assertThat(app.digitalPost.messages).singleElement().satisfies(message -> {
            assertThat(message.recipient()).isEqualTo(new Recipient.Citizen(MOTHER));
            assertThat(new String(message.pdf(), StandardCharsets.UTF_8)).as("the fake renderer writes the title")
                    .isEqualTo("Kvittering for lægevalg");
        });
        assertThat(app.forloeb.get(id).status()).isInstanceOf(ForloebStatus.Completed.class);
    }

    @Test
    @DisplayName("LET-1 (group-change receipt) once LUNA has registered the change, the person gets its receipt; the forløb completes once the card and the letter are done")
    void LET1_group_change_receipt_and_the_forloeb_completes() {
        Forloeb made = app.changeGroup.changeGroup(new ChangeGroupCommand(caseworker, MOTHER, Sikringsgruppe.GROUP_2,
                TODAY.plusDays(7), null)).orElseThrow();
        assertThat(app.letterStore.ofForloeb(made.id())).as("nothing before LUNA has it").isEmpty();

        app.delivery.deliverDue(10);
        dispatchEveryCard(made.id());
        app.letters.deliverDue(10);

        assertThat(app.letterStore.ofForloeb(made.id())).singleElement().satisfies(letter -> {
            assertThat(letter.kind()).isEqualTo(LetterKind.GROUP_CHANGE_RECEIPT);
            assertThat(letter.to()).isEqualTo(new Addressee.Person(MOTHER));
            assertThat(letter.about()).containsExactly(MOTHER);
        });
        assertThat(app.forloeb.get(made.id()).status()).isInstanceOf(ForloebStatus.Completed.class);
    }

    @Test
    @DisplayName("LET-2 (card receipt) a card order of its own gets one card receipt, to its main person, naming each card's person; the forløb completes once the cards and the letter are done")
    void LET2_card_order_of_its_own_gets_one_receipt_and_the_forloeb_completes() {
        for (Cpr cpr : List.of(MOTHER, SON)) { // a card in group 1 shows the doctor (CARD-1)
            app.registrations.record(InsuranceRegistration.doctorChoice(cpr, DOCTOR, TODAY.minusMonths(6), NOW.minusSeconds(60),
                    UUID.randomUUID(), null));
        }
        Forloeb ordered = app.orderCards.order(new OrderCardsCommand(caseworker, List.of(lost(MOTHER), lost(SON)), Optional.empty(),
                new IdempotencyKey(UUID.randomUUID().toString()))).orElseThrow().forloeb();

        assertThat(ordered.activities()).extracting(Activity::type)
                .containsExactly(ActivityType.ORDER_CARD, ActivityType.ORDER_CARD, ActivityType.SEND_LETTER);
        app.delivery.deliverDue(10);
        dispatchEveryCard(ordered.id());
        app.letters.deliverDue(10);

        assertThat(app.letterStore.ofForloeb(ordered.id())).singleElement().satisfies(letter -> {
            assertThat(letter.kind()).isEqualTo(LetterKind.CARD_RECEIPT);
            assertThat(letter.to()).isEqualTo(new Addressee.Person(MOTHER));
            assertThat(letter.about()).containsExactly(MOTHER, SON);
        });
        assertThat(app.forloeb.get(ordered.id()).status()).isInstanceOf(ForloebStatus.Completed.class);
    }

    private ForloebId familyChoice() {
        ForloebId id = ForloebId.random();
        Forloeb created = Forloeb.start(id, ForloebType.DOCTOR_CHOICE, TestData.THISTED, Creator.of(caseworker), MOTHER,
                List.of(MOTHER, SON, DAUGHTER), NOW, null);
        Outcome<DoctorChoice> started = DoctorChoice.start(id, TestData.THISTED, DOCTOR, TODAY.plusDays(1),
                ChoiceReason.SELF_CHOSEN, List.of(new Candidate(MOTHER, OPEN, Consent.yes()), new Candidate(SON, OPEN, Consent.yes()),
                        new Candidate(DAUGHTER, OPEN, Consent.yes())), false, caseworker, TODAY, Days.of(14));
        DoctorChoice choice = ((Outcome.Success<DoctorChoice>) started).value();
        app.transactions.inTransaction(() -> app.progress.started(created, choice, NOW));
        return id;
    }

    private void dispatchEveryCard(ForloebId forloebId) {
        for (CardOrder card : app.cardOrders.ofForloeb(forloebId)) {
            app.supplierReports.receive(new SupplierReport(UUID.randomUUID(), card.id(), SupplierStatus.DISPATCHED, NOW,
                    "S-" + card.cpr().value()));
        }
    }

    private static OrderCardsCommand.CardToOrder lost(Cpr cpr) {
        return new OrderCardsCommand.CardToOrder(cpr, CardOrderReason.LOST, Optional.empty());
    }
}

package dk.sygesikring.application.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.application.fakes.TestData;
import dk.sygesikring.domain.card.CardDelivery;
import dk.sygesikring.domain.card.CardFeeDecision;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.card.CardOrderReason;
import dk.sygesikring.domain.card.CardOrderState;
import dk.sygesikring.domain.card.CardPayment;
import dk.sygesikring.domain.card.FeeExemption;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.doctorchoice.Availability;
import dk.sygesikring.domain.doctorchoice.ChoiceReason;
import dk.sygesikring.domain.doctorchoice.ChosenPerson;
import dk.sygesikring.domain.doctorchoice.Consent;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.group.GroupChange;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.letter.LetterText;
import dk.sygesikring.domain.municipality.Municipality;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** LET-1: the letters not written before, each from its template (LET-8), from the domain's values. */
class LetterWritersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    private static final Person MOTHER = person("2207859902", "Sofie Nørgaard");
    private static final Person DAUGHTER = person("1006149904", "Ida Nørgaard");
    private static final Person SON = person("0101189907", "Aksel Nørgaard");
    private static final Practitioner DOCTOR = TestData.openPractice("050208", TestData.THISTED_CENTRE);

    @Test
    @DisplayName("LET-1 LET-2 the doctor-choice receipt is one letter naming every person of the choice, the doctor and the valid-from date")
    void LET2_doctor_choice_receipt_names_every_person() {
        LetterText letter = DoctorChoiceReceiptLetter.of(choice(MOTHER, DAUGHTER, SON), List.of(SON, MOTHER, DAUGHTER),
                Optional.of(DOCTOR), TODAY);

        assertThat(letter.title()).isEqualTo("Kvittering for lægevalg");
        assertThat(letter.date()).isEqualTo(TODAY);
        assertThat(letter.paragraphs()).containsExactly(
                "Lægevalget er registreret. Fra 1. januar 2027 er følgende tilmeldt den nye læge:\n"
                        + "Sofie Nørgaard, CPR-nummer 220785-9902\n"
                        + "Ida Nørgaard, CPR-nummer 100614-9904\n"
                        + "Aksel Nørgaard, CPR-nummer 010118-9907",
                "Ydernummer: 050208\nLæge: Lægerne 050208\nAdresse: " + DOCTOR.address().display(),
                "Har du spørgsmål til lægevalget, er du velkommen til at kontakte kommunen.");
    }

    @Test
    @DisplayName("LET-2 the doctor-choice receipt without the doctor in the register gives the provider number only")
    void LET2_doctor_choice_receipt_without_the_practice() {
        LetterText letter = DoctorChoiceReceiptLetter.of(choice(MOTHER), List.of(MOTHER), Optional.empty(), TODAY);

        assertThat(letter.paragraphs().get(1)).isEqualTo("Ydernummer: 050208");
    }

    @Test
    @DisplayName("LET-2 a receipt is refused persons other than the choice's, or another doctor")
    void LET2_doctor_choice_receipt_is_about_the_choice() {
        assertThatThrownBy(() -> DoctorChoiceReceiptLetter.of(choice(MOTHER, DAUGHTER), List.of(MOTHER), Optional.empty(), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        Practitioner other = TestData.openPractice("060606", TestData.THISTED_CENTRE);
        assertThatThrownBy(() -> DoctorChoiceReceiptLetter.of(choice(MOTHER), List.of(MOTHER), Optional.of(other), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("LET-1 LET-2 the group-change receipt names the persons, the new sikringsgruppe and its day, and what group 2 means")
    void LET1_group_change_receipt() {
        LocalDate from = LocalDate.of(2027, 1, 1);
        LetterText letter = GroupChangeReceiptLetter.of(List.of(change(MOTHER, Sikringsgruppe.GROUP_2, from),
                change(DAUGHTER, Sikringsgruppe.GROUP_2, from)), List.of(MOTHER, DAUGHTER), TODAY);

        assertThat(letter.title()).isEqualTo("Kvittering for skift af sikringsgruppe");
        assertThat(letter.paragraphs()).hasSize(3);
        assertThat(letter.paragraphs().getFirst()).isEqualTo("Skiftet af sikringsgruppe er registreret. Fra 1. januar 2027 er "
                + "følgende i sikringsgruppe 2:\nSofie Nørgaard, CPR-nummer 220785-9902\nIda Nørgaard, CPR-nummer 100614-9904");
        assertThat(letter.paragraphs().get(1)).startsWith("I sikringsgruppe 2 kan du gå til enhver praktiserende læge");
    }

    @Test
    @DisplayName("LET-1 the group-change receipt to group 1 says what group 1 means; one letter is one group from one day")
    void LET1_group_change_receipt_to_group_1() {
        LocalDate from = LocalDate.of(2027, 1, 1);
        LetterText letter = GroupChangeReceiptLetter.of(List.of(change(MOTHER, Sikringsgruppe.GROUP_1, from)), List.of(MOTHER), TODAY);

        assertThat(letter.paragraphs().get(1)).startsWith("I sikringsgruppe 1 er du tilmeldt en bestemt praktiserende læge");
        assertThat(String.join("\n", letter.paragraphs())).doesNotContain("sikringsgruppe 2");
        assertThatThrownBy(() -> GroupChangeReceiptLetter.of(List.of(change(MOTHER, Sikringsgruppe.GROUP_1, from),
                change(DAUGHTER, Sikringsgruppe.GROUP_2, from)), List.of(MOTHER, DAUGHTER), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("LET-1 LET-2 the card receipt lists each card of a card order of its own with its reason and fee, and the total")
    void LET2_card_receipt() {
        ForloebId forloeb = ForloebId.random();
        LetterText letter = CardReceiptLetter.of(List.of(
                order(forloeb, MOTHER, CardOrderReason.LOST, new CardFeeDecision.Charged(new BigDecimal("195")), true),
                order(forloeb, DAUGHTER, CardOrderReason.MOVE, new CardFeeDecision.Exempt(FeeExemption.MOVE), true)), TODAY);

        assertThat(letter.title()).isEqualTo("Kvittering for bestilling af sundhedskort");
        assertThat(letter.paragraphs().subList(0, 2)).containsExactly(
                "Følgende sundhedskort er bestilt:\n"
                        + "Sofie Nørgaard, CPR-nummer 220785-9902: Bortkommet, gebyr 195,00 kr.\n"
                        + "Ida Nørgaard, CPR-nummer 100614-9904: Flytning, gratis",
                "Det samlede gebyr er 195,00 kr.");
    }

    @Test
    @DisplayName("LET-2 free cards say so; the cards a doctor choice or group change orders get no receipt of their own")
    void LET2_card_receipt_only_for_card_orders_of_their_own() {
        ForloebId forloeb = ForloebId.random();
        CardOrder free = order(forloeb, MOTHER, CardOrderReason.MOVE, new CardFeeDecision.Exempt(FeeExemption.MOVE), true);
        assertThat(CardReceiptLetter.of(List.of(free), TODAY).paragraphs().get(1)).isEqualTo("Kortene er gratis.");

        CardOrder byDoctorChoice = order(forloeb, MOTHER, CardOrderReason.DOCTOR_CHANGE, new CardFeeDecision.Exempt(FeeExemption.MOVE), false);
        assertThatThrownBy(() -> CardReceiptLetter.of(List.of(byDoctorChoice), TODAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LET-2");
        CardOrder otherForloeb = order(ForloebId.random(), DAUGHTER, CardOrderReason.MOVE, new CardFeeDecision.Exempt(FeeExemption.MOVE), true);
        assertThatThrownBy(() -> CardReceiptLetter.of(List.of(free, otherForloeb), TODAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("DOC-17 the 15-year letter tells the young person by name that from their 15th birthday they choose their own doctor, and how")
    void DOC17_fifteen_year_letter() {
        Person fifteen = person("1111119905", "Emil Holm");
        LetterText letter = FifteenYearLetter.of(fifteen, LocalDate.of(2026, 12, 2));

        assertThat(letter.title()).isEqualTo("Du kan nu selv vælge din læge");
        assertThat(letter.paragraphs().getFirst()).isEqualTo("Kære Emil Holm");
        assertThat(letter.paragraphs().get(1)).startsWith("Du fyldte 15 år den 11. november 2026. Fra du er 15 år, vælger du selv din praktiserende læge")
                .contains("gratis lægevalg");
        assertThat(letter.paragraphs().get(2)).contains("borger.dk", "MitID", "kommunen");
    }

    @Test
    @DisplayName("DOC-17 the 15-year letter is not written to a person under 15")
    void DOC17_not_to_a_child_under_15() {
        assertThatThrownBy(() -> FifteenYearLetter.of(person("1111119905", "Emil Holm"), LocalDate.of(2026, 11, 10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("LET-1 the ad-hoc letter is the caseworker's title and paragraphs from the standard template, the municipality signing")
    void LET1_ad_hoc_letter() {
        LetterText letter = AdHocLetter.of(" Dit sundhedskort ", List.of("Vi har modtaget din henvendelse.", "Kortet er sendt i dag."),
                new Municipality(MunicipalityCode.of("580"), "Aabenraa"), TODAY);

        assertThat(letter).isEqualTo(new LetterText("Dit sundhedskort", TODAY, List.of("Vi har modtaget din henvendelse.",
                "Kortet er sendt i dag.", "Med venlig hilsen\nAabenraa Kommune")));
        assertThatThrownBy(() -> AdHocLetter.of(" ", List.of("Tekst"), new Municipality(MunicipalityCode.of("580"), "Aabenraa"), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AdHocLetter.of("Titel", List.of(), new Municipality(MunicipalityCode.of("580"), "Aabenraa"), TODAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Person person(String cpr, String name) {
        return new Person(Cpr.of(cpr), name, CprStatus.ACTIVE, CivilStatus.UNMARRIED,
                TestData.addressIn(TestData.THISTED, "7700", TestData.THISTED_CENTRE, "addr-" + cpr), false, null);
    }

    private static DoctorChoice choice(Person... persons) {
        List<ChosenPerson> chosen = java.util.Arrays.stream(persons).map(person -> new ChosenPerson(person.cpr(), new Consent.Yes(),
                Availability.choosable("DOC-2", "open"))).toList();
        return new DoctorChoice(ForloebId.random(), TestData.THISTED, ProviderNumber.of("050208"), LocalDate.of(2027, 1, 1),
                ChoiceReason.SELF_CHOSEN, chosen, false, TODAY, new DoctorChoiceState.InEffect(NOW));
    }

    private static GroupChange change(Person person, Sikringsgruppe group, LocalDate from) {
        return GroupChange.requested(ForloebId.random(), person.cpr(), group, from, NOW).registeredInLuna(NOW);
    }

    private static CardOrder order(ForloebId forloeb, Person person, CardOrderReason reason, CardFeeDecision fee, boolean explicit) {
        HealthCard card = new HealthCard(person.cpr(), person.name(), person.address().display(), Sikringsgruppe.GROUP_2,
                Optional.empty(), TODAY);
        CardPayment payment = fee.isCharged() ? new CardPayment.AtMunicipality(Optional.of("kontant")) : new CardPayment.Free();
        return new CardOrder(UUID.randomUUID(), forloeb, UUID.randomUUID(), person.cpr(), TestData.THISTED, reason, explicit,
                Creator.system("test"), NOW, card, new CardDelivery.ToAddress(person.address().display()), fee, payment,
                new CardOrderState.Ordered(NOW));
    }
}

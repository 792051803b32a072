package dk.sygesikring.domain.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.letter.LetterRoutePolicy.Route;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.CprStatus;
import dk.sygesikring.domain.person.Person;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** LET-3 and LET-4: who gets an automatic letter, and whether Digital Post or print takes it; each boundary by a day. */
class LetterRoutePolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final Address HOME = new Address("Storegade", "1", null, null, "7700", "Thisted", "0001", MunicipalityCode.of("787"),
            "a-1", new Coordinates(56.9552, 8.6946));

    @Test
    @DisplayName("LET-4 an adult's letter goes to Digital Post first")
    void LET4_an_adult_by_digital_post() {
        assertThat(route(LetterKind.DOCTOR_CHOICE_RECEIPT, "0101801234", "Anna Jensen", false)).isEqualTo(new Route.ByDigitalPost());
    }

    @Test
    @DisplayName("LET-4 a child turning 15 tomorrow has no Digital Post: printed; on the 15th birthday: Digital Post")
    void LET4_under_fifteen_by_print_until_the_birthday() {
        assertThat(route(LetterKind.CARD_RECEIPT, "0412114001", "Sofie Jensen", false))
                .isEqualTo(new Route.ByPrint(LetterRoutePolicy.UNDER_FIFTEEN));
        assertThat(route(LetterKind.CARD_RECEIPT, "0312114001", "Sofie Jensen", false)).isEqualTo(new Route.ByDigitalPost());
    }

    @Test
    @DisplayName("LET-3 no automatic letter to a person CPR has not named yet; a caseworker's own letter may go")
    void LET3_unnamed() {
        assertThat(route(LetterKind.GROUP_CHANGE_RECEIPT, "0101801234", " ", false))
                .isEqualTo(new Route.NotSent("LET-3", LetterRoutePolicy.UNNAMED));
        assertThat(route(LetterKind.AD_HOC, "0101801234", "", false)).isEqualTo(new Route.ByDigitalPost());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = LetterKind.class, names = {"AD_HOC", "TEMPORARY_CARD"}, mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("LET-3 no automatic letter of any kind to a child of 17 with name and address protection")
    void LET3_protected_child_gets_no_automatic_letter(LetterKind kind) {
        assertThat(route(kind, "0412084001", "Emil Hansen", true))
                .isEqualTo(new Route.NotSent("LET-3", LetterRoutePolicy.PROTECTED_CHILD));
    }

    @Test
    @DisplayName("LET-3 boundary: protected and 18 today is an adult, whose automatic letters go; a caseworker's own letters to a protected child go (ad-hoc, the temporary card they hand over)")
    void LET3_protected_adult_and_caseworkers_own_letters() {
        assertThat(route(LetterKind.DOCTOR_CHOICE_RECEIPT, "0312084001", "Emil Hansen", true)).isEqualTo(new Route.ByDigitalPost());
        assertThat(route(LetterKind.AD_HOC, "0412084001", "Emil Hansen", true)).isEqualTo(new Route.ByDigitalPost());
        assertThat(route(LetterKind.TEMPORARY_CARD, "0412084001", "Emil Hansen", true)).isEqualTo(new Route.ByDigitalPost());
        assertThat(route(LetterKind.AD_HOC, "0412124001", "Ida Hansen", true))
                .isEqualTo(new Route.ByPrint(LetterRoutePolicy.UNDER_FIFTEEN));
    }

    private static Route route(LetterKind kind, String cpr, String name, boolean isProtected) {
        Person person = new Person(Cpr.of(cpr), name, CprStatus.ACTIVE, CivilStatus.UNMARRIED, HOME, isProtected, null);
        return LetterRoutePolicy.route(kind, person, TODAY);
    }
}

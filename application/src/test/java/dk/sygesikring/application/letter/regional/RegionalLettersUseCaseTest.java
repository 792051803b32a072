package dk.sygesikring.application.letter.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.application.fakes.Configurations;
import dk.sygesikring.application.fakes.InMemoryApplication;
import dk.sygesikring.application.fakes.TestData;
import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.application.port.out.luna.RegionalLetter;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.access.PersonAccessPolicy;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.audit.AuditEntry;
import dk.sygesikring.domain.configuration.Days;
import dk.sygesikring.domain.letter.InvalidPeriodException;
import dk.sygesikring.domain.letter.RegionalLetterPeriod;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.result.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** LET-7 over in-memory fakes: who may look up a person's regional letters, for which period, and what LUNA is asked. */
class RegionalLettersUseCaseTest {

    static final Cpr MOTHER = Cpr.of("0101804232");
    static final Cpr FATHER = Cpr.of("0101754231");
    static final Cpr DAUGHTER = Cpr.of("0101184234");
    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);
    static final RegionalLetter CLOSURE = letter("2025-03-14", "Din læge stopper – du er tilmeldt en ny læge");
    static final RegionalLetter REGISTRATION = letter("2025-09-02", "Bekræftelse af tilmelding hos læge");
    static final RegionalLetter LAST_YEARS = letter("2024-12-31", "Din lægepraksis flytter");
    static final RegionalLetter NEXT_YEARS = letter("2026-01-01", "Din lægepraksis flytter");

    final InMemoryApplication app = new InMemoryApplication(Instant.parse("2026-12-04T10:00:00Z"));
    final RegionalLettersService service = new RegionalLettersService(new PersonGate(app.persons, app.auditLog, app.clock),
            app.luna, app.configuration, app.transactions);
    /** A caseworker of Aarhus, while the family lives in Thisted: any municipality may look the letters up. */
    final Caseworker aarhusCaseworker = new Caseworker("cw-751-letters", MunicipalityCode.of("751"), false);

    RegionalLettersUseCaseTest() {
        Address home = TestData.addressIn(TestData.THISTED, "7700", TestData.THISTED_CENTRE, "home");
        for (Cpr cpr : List.of(MOTHER, FATHER, DAUGHTER)) {
            app.persons.add(TestData.livingAt(cpr.value(), home));
        }
        app.persons.relate(Relation.custody(MOTHER, DAUGHTER));
        app.persons.relate(Relation.spouses(MOTHER, FATHER));
        app.luna.sentRegionalLetters(MOTHER, CLOSURE, LAST_YEARS, REGISTRATION, NEXT_YEARS);
        app.luna.sentRegionalLetters(DAUGHTER, REGISTRATION);
    }

    @Test
    @DisplayName("LET-7 a caseworker of another municipality gets the letters sent within the period, both ends included, newest first, and the read is audited")
    void LET7_the_letters_of_the_period() {
        RegionalLetters found = success(service.lookUp(query(aarhusCaseworker, MOTHER, FROM, TO)));

        assertThat(found.cpr()).isEqualTo(MOTHER);
        assertThat(found.period()).isEqualTo(new RegionalLetterPeriod(FROM, TO));
        assertThat(found.letters()).containsExactly(REGISTRATION, CLOSURE);
        assertThat(app.luna.regionalLetterPeriods).containsExactly(new RegionalLetterPeriod(FROM, TO));
        assertThat(app.auditLog.entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.READ_REGIONAL_LETTERS);
            assertThat(entry.subjectType()).isEqualTo("PERSON");
            assertThat(entry.subjectId()).isEqualTo(MOTHER.value());
            assertThat(entry.actorId()).isEqualTo("cw-751-letters");
            assertThat(entry.municipality()).isEqualTo(MunicipalityCode.of("751"));
        });
    }

    @Test
    @DisplayName("LET-7 the first and the last day of the period count, and a period of one day is its day")
    void LET7_both_ends_count() {
        assertThat(success(service.lookUp(query(aarhusCaseworker, MOTHER, LocalDate.of(2024, 12, 31), LocalDate.of(2025, 3, 14))))
                .letters()).containsExactly(CLOSURE, LAST_YEARS);
        assertThat(success(service.lookUp(query(aarhusCaseworker, MOTHER, LocalDate.of(2025, 9, 2), LocalDate.of(2026, 1, 1))))
                .letters()).containsExactly(NEXT_YEARS, REGISTRATION);
        assertThat(success(service.lookUp(query(aarhusCaseworker, MOTHER, LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 14))))
                .letters()).containsExactly(CLOSURE);
    }

    @Test
    @DisplayName("LET-7 a person the regions sent nothing in the period has no letters")
    void LET7_no_letters() {
        assertThat(success(service.lookUp(query(aarhusCaseworker, FATHER, FROM, TO))).letters()).isEmpty();
        assertThat(success(service.lookUp(query(aarhusCaseworker, MOTHER, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))))
                .letters()).isEmpty();
    }

    @Test
    @DisplayName("LET-7 a citizen looks up their own letters and those of a child under 15 in their custody, unaudited")
    void LET7_a_citizen_for_self_and_child() {
        Citizen mother = new Citizen(MOTHER);

        assertThat(success(service.lookUp(query(mother, MOTHER, FROM, TO))).letters()).containsExactly(REGISTRATION, CLOSURE);
        assertThat(success(service.lookUp(query(mother, DAUGHTER, FROM, TO))).letters()).containsExactly(REGISTRATION);
        assertThat(app.auditLog.entries).isEmpty();
    }

    @Test
    @DisplayName("LET-7 a citizen may not look up a spouse's letters: refused by the rule of who a citizen acts for, and LUNA is not asked")
    void LET7_not_a_spouse() {
        Outcome<RegionalLetters> outcome = service.lookUp(query(new Citizen(MOTHER), FATHER, FROM, TO));

        assertThat(outcome).isEqualTo(Outcome.refused(PersonAccessPolicy.NOT_YOUR_PERSON));
        assertThat(app.luna.regionalLetterPeriods).isEmpty();
    }

    @Test
    @DisplayName("LET-7 the system may look up anyone's letters, unaudited")
    void LET7_the_system() {
        assertThat(success(service.lookUp(query(new SystemActor("integration"), MOTHER, FROM, TO))).letters()).hasSize(2);
        assertThat(app.auditLog.entries).isEmpty();
    }

    @Test
    @DisplayName("LET-7 a person not in the register is not found, and LUNA is not asked")
    void LET7_unknown_person() {
        Outcome<RegionalLetters> outcome = service.lookUp(query(aarhusCaseworker, Cpr.of("0202024238"), FROM, TO));

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class,
                refused -> assertThat(refused.refusal().code()).isEqualTo("person-not-found"));
        assertThat(app.luna.regionalLetterPeriods).isEmpty();
    }

    @Test
    @DisplayName("LET-7 to before from is refused naming to, before anyone is read, audited or asked")
    void LET7_to_before_from() {
        assertThatThrownBy(() -> service.lookUp(query(aarhusCaseworker, MOTHER, TO, FROM)))
                .isInstanceOfSatisfying(InvalidPeriodException.class, invalid -> {
                    assertThat(invalid.end()).isEqualTo(InvalidPeriodException.End.TO);
                    assertThat(invalid.reason()).isEqualTo("must not be before from");
                });
        assertThat(app.auditLog.entries).isEmpty();
        assertThat(app.luna.regionalLetterPeriods).isEmpty();
    }

    @Test
    @DisplayName("LET-7 the longest period is the configured one: 366 days by the rules' configuration, and a changed setting holds at once")
    void LET7_the_configured_longest_period() {
        assertThat(success(service.lookUp(query(aarhusCaseworker, MOTHER, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))))
                .period().days()).isEqualTo(366);
        assertThatThrownBy(() -> service.lookUp(query(aarhusCaseworker, MOTHER, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 2))))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("to must be at most 365 days after from: a look-up covers at most 366 days");

        app.configuration.global = Configurations.withRegionalLetterPeriodMax(app.configuration.global, Days.of(31));

        assertThat(success(service.lookUp(query(aarhusCaseworker, MOTHER, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))))
                .letters()).containsExactly(CLOSURE);
        assertThatThrownBy(() -> service.lookUp(query(aarhusCaseworker, MOTHER, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1))))
                .isInstanceOf(InvalidPeriodException.class)
                .hasMessage("to must be at most 30 days after from: a look-up covers at most 31 days");
        assertThat(app.luna.regionalLetterPeriods).hasSize(2);
    }

    @Test
    @DisplayName("LET-7 LUNA not answering is the caller's to answer (503): the caseworker's read was audited, nothing else happened")
    void LET7_luna_down() {
        app.luna.down(true);

        assertThatThrownBy(() -> service.lookUp(query(aarhusCaseworker, MOTHER, FROM, TO)))
                .isInstanceOfSatisfying(ExternalSystemUnavailableException.class,
                        unavailable -> assertThat(unavailable.system()).isEqualTo("LUNA"));
        assertThat(app.auditLog.entries).extracting(AuditEntry::action).containsExactly(AuditAction.READ_REGIONAL_LETTERS);
    }

    private static LookUpRegionalLettersQuery query(Actor reader, Cpr cpr, LocalDate from, LocalDate to) {
        return new LookUpRegionalLettersQuery(reader, cpr, from, to);
    }

    private static RegionalLetter letter(String sent, String title) {
        return new RegionalLetter(UUID.nameUUIDFromBytes((sent + title).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "1081", "Region Nordjylland", LocalDate.parse(sent), title, RegionalLetter.Channel.DIGITAL_POST);
    }

    private static <T> T success(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Success.class);
        return ((Outcome.Success<T>) outcome).value();
    }
}

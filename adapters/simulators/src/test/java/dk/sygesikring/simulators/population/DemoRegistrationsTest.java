package dk.sygesikring.simulators.population;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.person.RelationType;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What LUNA holds for the demo population to begin with: the groups, doctors, older registrations and opt-outs the
 * rules GRP-1, PER-7, DOC-10 and CARD-10 work on.
 * These tests prove the demo data, not the rules: they name no rule ID; the rules are proven by the domain and
 * service tests that use such persons.
 */
class DemoRegistrationsTest {

    private static final DemoPopulation POPULATION = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED);
    private static final DemoRegistrations REGISTRATIONS = POPULATION.registrations();
    private static final LocalDate LAST_INITIAL_DAY = LocalDate.of(2026, 6, 30);

    @Test
    void the_same_seed_gives_the_same_registrations_and_opt_outs() {
        DemoRegistrations again = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED).registrations();

        assertThat(again.all()).isEqualTo(REGISTRATIONS.all());
        assertThat(again.physicalCardOptOuts()).isEqualTo(REGISTRATIONS.physicalCardOptOuts());
    }

    @Test
    @DisplayName("every active person is in group 1 with a regular practice of their municipality or in group 2")
    void every_active_person_is_in_group_1_with_a_regular_practice_of_their_municipality_or_in_group_2() {
        assertThat(active()).allSatisfy(person -> {
            Registration current = current(person);
            if (current.group() == Sikringsgruppe.GROUP_1) {
                Practitioner doctor = POPULATION.practitioner(current.providerNumber()).orElseThrow();
                assertThat(doctor.kind()).isEqualTo(PractitionerKind.REGULAR);
                if (!livesWithACustodian(person)) {
                    assertThat(doctor.municipalityCode()).isEqualTo(person.address().municipalityCode());
                }
            } else {
                assertThat(current.group()).isEqualTo(Sikringsgruppe.GROUP_2);
                assertThat(current.providerNumber()).isNull();
            }
        });
    }

    @Test
    @DisplayName("about 92 percent of active persons are in group 1 mostly with an open practice")
    void about_92_percent_of_active_persons_are_in_group_1_mostly_with_an_open_practice() {
        List<Registration> withDoctor = active().stream().map(DemoRegistrationsTest::current)
                .filter(current -> current.group() == Sikringsgruppe.GROUP_1).toList();

        assertThat((double) withDoctor.size() / active().size()).isBetween(0.89, 0.95);
        assertThat(withDoctor.stream().filter(current -> POPULATION.practitioner(current.providerNumber())
                .orElseThrow().open()).count()).isGreaterThan(withDoctor.size() * 9L / 10);
    }

    @Test
    @DisplayName("an inactive person is in group 7 or in group 9 without a last known address")
    void an_inactive_person_is_in_group_7_or_in_group_9_without_a_last_known_address() {
        List<Person> inactive = POPULATION.persons().stream().filter(person -> !person.isActive()).toList();

        assertThat(inactive).allSatisfy(person -> assertThat(current(person).group())
                .isEqualTo(person.address() == null ? Sikringsgruppe.GROUP_9 : Sikringsgruppe.GROUP_7));
        assertThat(inactive).extracting(person -> current(person).group())
                .contains(Sikringsgruppe.GROUP_7, Sikringsgruppe.GROUP_9);
    }

    @Test
    @DisplayName("a child under 15 has the doctor and group of a custodian they live with from birth at the latest")
    void a_child_under_15_has_the_doctor_and_group_of_a_custodian_they_live_with_from_birth_at_the_latest() {
        List<Person> children = active().stream()
                .filter(person -> person.ageOn(DemoPopulation.REFERENCE_DATE) < 15)
                .filter(DemoRegistrationsTest::livesWithACustodian)
                .toList();

        assertThat(children).hasSizeGreaterThan(500).allSatisfy(child -> {
            Registration theirs = current(child);
            assertThat(custodiansAtHome(child)).anySatisfy(custodian -> {
                assertThat(current(custodian).group()).isEqualTo(theirs.group());
                assertThat(current(custodian).providerNumber()).isEqualTo(theirs.providerNumber());
            });
            assertThat(theirs.validFrom()).isAfterOrEqualTo(child.birthDate());
        });
    }

    @Test
    @DisplayName("registrations lie in the past with luna's text and their own id and some persons have an older one")
    void registrations_lie_in_the_past_with_lunas_text_and_their_own_id_and_some_persons_have_an_older_one() {
        assertThat(POPULATION.persons()).allSatisfy(person -> assertThat(REGISTRATIONS.of(person.cpr())).isNotEmpty());
        assertThat(REGISTRATIONS.all()).allSatisfy(registration -> {
            assertThat(registration.validFrom()).isBefore(LAST_INITIAL_DAY.plusDays(1))
                    .isAfterOrEqualTo(registration.cpr().birthDate());
            assertThat(registration.registeredAt()).isBefore(registration.validFrom().plusDays(1)
                    .atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant());
            assertThat(registration.text()).matches("Lægevalg: \\d{6} \\(godkendt\\)|Gruppeskift til \\d \\(godkendt\\)");
        });
        assertThat(REGISTRATIONS.all()).extracting(Registration::registrationId).doesNotHaveDuplicates();
        assertThat(POPULATION.persons()).filteredOn(person -> REGISTRATIONS.of(person.cpr()).size() > 1)
                .hasSizeBetween(400, 900)
                .allSatisfy(person -> assertThat(REGISTRATIONS.of(person.cpr()).getFirst().kind())
                        .isEqualTo(Registration.Kind.DOCTOR_CHOICE));
    }

    @Test
    @DisplayName("about 2 percent of active persons of 15 or more have opted out of the physical card")
    void about_2_percent_of_active_persons_of_15_or_more_have_opted_out_of_the_physical_card() {
        List<PhysicalCardOptOut> optOuts = REGISTRATIONS.physicalCardOptOuts();
        long candidates = active().stream().filter(person -> person.ageOn(DemoPopulation.REFERENCE_DATE) >= 15).count();

        assertThat((double) optOuts.size() / candidates).isBetween(0.01, 0.03);
        assertThat(optOuts).allSatisfy(optOut -> {
            Person person = POPULATION.person(optOut.cpr()).orElseThrow();
            assertThat(person.isActive()).isTrue();
            assertThat(person.ageOn(DemoPopulation.REFERENCE_DATE)).isGreaterThanOrEqualTo(15);
            assertThat(optOut.registeredAt()).isAfter(REGISTRATIONS.of(optOut.cpr()).getLast().registeredAt());
        });
    }

    @Test
    @DisplayName("the well-known persons have the documented registrations whatever the seed")
    void the_well_known_persons_have_the_documented_registrations_whatever_the_seed() {
        DemoRegistrations other = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED + 1).registrations();

        assertThat(texts(WellKnown.KBH_FATHER))
                .containsExactly("2009-06-01 Lægevalg: 071145 (godkendt)", "2015-03-01 Lægevalg: 050208 (godkendt)");
        for (Cpr family : List.of(WellKnown.KBH_MOTHER, WellKnown.KBH_DAUGHTER_UNDER_15, WellKnown.KBH_SON_19_AT_HOME)) {
            assertThat(texts(family)).containsExactly("2015-03-01 Lægevalg: 050208 (godkendt)");
        }
        assertThat(texts(WellKnown.KBH_SON_UNDER_15)).containsExactly("2018-09-03 Lægevalg: 050208 (godkendt)");
        assertThat(texts(WellKnown.DIVORCED_FATHER)).containsExactly("2019-01-15 Lægevalg: 050208 (godkendt)");
        assertThat(texts(WellKnown.CHILD_OF_DIVORCED_PARENTS)).containsExactly("2019-01-15 Lægevalg: 071145 (godkendt)");
        assertThat(texts(WellKnown.EMIGRATED)).containsExactly("2019-08-01 Gruppeskift til 7 (godkendt)");
        assertThat(texts(WellKnown.SUPPLEMENTARY_ADDRESS)).containsExactly("2021-01-01 Gruppeskift til 2 (godkendt)");
        assertThat(REGISTRATIONS.of(WellKnown.KBH_FATHER).getLast().registrationId())
                .isEqualTo(UUID.fromString("b6a9a649-7e60-3ddd-9729-bfbb810e4e6a"));
        assertThat(REGISTRATIONS.physicalCardOptOut(WellKnown.KBH_SON_19_AT_HOME)).isPresent();
        for (WellKnown.Entry entry : WellKnown.all()) {
            assertThat(other.of(entry.cpr())).isEqualTo(REGISTRATIONS.of(entry.cpr()));
            assertThat(other.physicalCardOptOut(entry.cpr())).isEqualTo(REGISTRATIONS.physicalCardOptOut(entry.cpr()));
        }
    }

    @Test
    @DisplayName("the well-known practices are open regular practices in every population")
    void the_well_known_practices_are_open_regular_practices_in_every_population() {
        DemoPopulation other = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED + 1);

        assertThat(WellKnown.practices()).hasSize(4).allSatisfy(practice -> {
            Practitioner practitioner = POPULATION.practitioner(practice.providerNumber()).orElseThrow();
            assertThat(practitioner.practiceName()).isEqualTo(practice.name());
            assertThat(practitioner.kind()).isEqualTo(PractitionerKind.REGULAR);
            assertThat(practitioner.open()).isTrue();
            assertThat(other.practitioner(practice.providerNumber())).contains(practitioner);
        });
    }

    private static List<String> texts(Cpr cpr) {
        return REGISTRATIONS.of(cpr).stream().map(registration -> registration.validFrom() + " " + registration.text()).toList();
    }

    private static List<Person> active() {
        return POPULATION.persons().stream().filter(Person::isActive).toList();
    }

    private static Registration current(Person person) {
        return REGISTRATIONS.of(person.cpr()).getLast();
    }

    private static boolean livesWithACustodian(Person person) {
        return person.ageOn(DemoPopulation.REFERENCE_DATE) < 15 && !custodiansAtHome(person).isEmpty();
    }

    private static List<Person> custodiansAtHome(Person child) {
        return POPULATION.relationsOf(child.cpr()).stream()
                .filter(relation -> relation.subject().equals(child.cpr()) && relation.type() != RelationType.SPOUSE)
                .map(Relation::holder)
                .map(holder -> POPULATION.person(holder).orElseThrow())
                .filter(child::livesWith)
                .toList();
    }
}

package dk.sygesikring.adapters.luna;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.port.out.luna.LunaHistoryEntry;
import dk.sygesikring.application.port.out.luna.LunaOutcome;
import dk.sygesikring.application.port.out.luna.LunaPort;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.application.port.out.luna.RegionalLetter;
import dk.sygesikring.domain.letter.RegionalLetterPeriod;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.simulators.luna.LunaSimulator;
import dk.sygesikring.simulators.population.DemoPopulation;
import dk.sygesikring.simulators.population.WellKnown;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** INT-1: the adapter and the LUNA simulator speak the same wire format, so the dev environment works end to end. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LunaSimulatorContractTest implements TestPropertyProvider {

    private static final DemoPopulation POPULATION = DemoPopulation.generate(DemoPopulation.DEFAULT_SEED);

    private final LunaSimulator simulator = LunaSimulator.start(POPULATION, 0);

    @Inject
    LunaPort luna;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("sygesikring.luna.url", simulator.baseUrl());
    }

    @AfterAll
    void stopSimulator() {
        simulator.close();
    }

    @Test
    @DisplayName("INT-5 a registration repeated with its key is registered once and answered with the first registration")
    void INT5_a_registration_repeated_with_its_key_is_registered_once_and_answered_with_the_first_registration() {
        LunaRegistration choice = new LunaRegistration.DoctorChoice(WellKnown.GUARDIAN, WellKnown.KBH_PRACTICE,
                LocalDate.of(2026, 12, 1), UUID.randomUUID());
        String key = UUID.randomUUID().toString();

        LunaOutcome first = luna.register(choice, key);
        LunaOutcome again = luna.register(choice, key);

        assertThat(first).isInstanceOf(LunaOutcome.Registered.class).isEqualTo(again);
        assertThat(luna.history(WellKnown.GUARDIAN)).extracting(LunaHistoryEntry::registrationId)
                .containsOnlyOnce(((LunaOutcome.Registered) first).registrationId());
    }

    @Test
    @DisplayName("INT-1 a registration the simulator refuses is rejected with its reason")
    void INT1_a_registration_the_simulator_refuses_is_rejected_with_its_reason() {
        LunaRegistration choice = new LunaRegistration.DoctorChoice(WellKnown.GUARDIAN, ProviderNumber.of("999999"),
                LocalDate.of(2026, 12, 1), UUID.randomUUID());

        assertThat(luna.register(choice, UUID.randomUUID().toString()))
                .isEqualTo(new LunaOutcome.Rejected("unknown provider number 999999"));
    }

    @Test
    @DisplayName("DOC-10 the history of a well-known person maps with the older doctor choice ended")
    void DOC10_the_history_of_a_well_known_person_maps_with_the_older_doctor_choice_ended() {
        assertThat(luna.history(WellKnown.KBH_FATHER)).satisfiesExactly(
                current -> {
                    assertThat(current.kind()).isEqualTo(LunaHistoryEntry.Kind.DOCTOR_CHOICE);
                    assertThat(current.group()).isEqualTo(Sikringsgruppe.GROUP_1);
                    assertThat(current.providerNumber()).isEqualTo(WellKnown.KBH_PRACTICE);
                    assertThat(current.validTo()).isNull();
                    assertThat(current.text()).isEqualTo("Lægevalg: 050208 (godkendt)");
                },
                older -> {
                    assertThat(older.providerNumber()).isEqualTo(WellKnown.FREDERIKSBERG_PRACTICE);
                    assertThat(older.validTo()).isEqualTo(LocalDate.of(2015, 2, 28));
                });
    }

    @Test
    @DisplayName("CARD-10 the opt-out of a well-known person maps and a person without one has none")
    void CARD10_the_opt_out_of_a_well_known_person_maps_and_a_person_without_one_has_none() {
        assertThat(luna.physicalCardOptOut(WellKnown.KBH_SON_19_AT_HOME))
                .hasValueSatisfying(optOut -> assertThat(optOut.cpr()).isEqualTo(WellKnown.KBH_SON_19_AT_HOME));
        assertThat(luna.physicalCardOptOut(WellKnown.KBH_MOTHER)).isEmpty();
    }

    @Test
    @DisplayName("LET-7 the regional letters of a well-known person map newest first within the period, and a person without any has none")
    void LET7_the_regional_letters_of_a_well_known_person_map() {
        RegionalLetterPeriod since2015 = new RegionalLetterPeriod(LocalDate.of(2015, 1, 1), LocalDate.of(2025, 12, 31));

        assertThat(luna.regionalLetters(WellKnown.KBH_MOTHER, since2015))
                .extracting(RegionalLetter::sentDate, RegionalLetter::channel, RegionalLetter::regionCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 10, 6), RegionalLetter.Channel.DIGITAL_POST, "1084"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 5, 3), RegionalLetter.Channel.DIGITAL_POST, "1084"),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2015, 2, 19), null, "1084"));
        assertThat(luna.regionalLetters(WellKnown.KBH_DAUGHTER_UNDER_15, since2015)).singleElement()
                .satisfies(letter -> assertThat(letter.channel()).isEqualTo(RegionalLetter.Channel.PHYSICAL_MAIL));
        assertThat(luna.regionalLetters(WellKnown.GUARDIAN, since2015)).isEmpty();
    }

    @Test
    @DisplayName("DOC-1 the practitioners arrive as the population holds them, their patients moved on by what the simulator received")
    void DOC1_the_practitioners_arrive_as_the_population_holds_them() {
        // another test here registers a doctor choice, which moves its person's place (DOC-7)
        assertThat(luna.practitioners()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("registeredPatients")
                .containsExactlyElementsOf(POPULATION.practitioners());
        assertThat(luna.practitioners()).filteredOn(practitioner -> practitioner.providerNumber().equals(WellKnown.AARHUS_PRACTICE))
                .containsExactlyElementsOf(POPULATION.practitioner(WellKnown.AARHUS_PRACTICE).stream().toList());
    }
}

package dk.sygesikring.domain.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GlobalConfigurationTest {

    final GlobalConfiguration.Draft rules = RulesConfiguration.globalDraft();

    @Test
    @DisplayName("CFG-1 validation: the rules' values (8, 14, 14, 3, 21 and 1 days, 15 km, 190 kr at 2015 level) make a global configuration")
    void CFG1_rules_values_are_valid() {
        GlobalConfiguration global = rules.validate();

        assertThat(global.consentPeriod()).isEqualTo(Days.of(8));
        assertThat(global.dispensationAnswerPeriod()).isEqualTo(Days.of(14));
        assertThat(global.cardPreOrder()).isEqualTo(Days.of(14));
        assertThat(global.addressChangeCardDelay()).isEqualTo(Days.of(3));
        assertThat(global.fifteenYearLetterDelay()).isEqualTo(Days.of(21));
        assertThat(global.vulnerableBirthWindow()).isEqualTo(Days.of(1));
        assertThat(global.distanceLimit()).isEqualTo(new DistanceLimit(15));
        assertThat(global.cardFee().baseKroner()).isEqualByComparingTo("190");
        assertThat(global.cardFee().baseYear()).isEqualTo(Year.of(2015));
        assertThat(global.effectiveDateWindows()).isEqualTo(RulesConfiguration.WINDOWS);
        assertThat(global.taskDeadlines().deadline(TaskType.LUNA_REFUSAL, LocalDate.of(2026, 11, 22)))
                .isEqualTo(LocalDate.of(2026, 12, 6));
    }

    @Test
    @DisplayName("CFG-1 validation: a negative period is refused, naming the setting")
    void CFG1_negative_period() {
        GlobalConfiguration.Draft negative = new GlobalConfiguration.Draft(rules.taskDeadlineDays(), 15.0, -1, 14, 14, 3, 21,
                1, rules.cardFee(), rules.effectiveDateWindows(), rules.regionalLetterPeriodMaxDays(),
                rules.fifteenYearLetterCatchUpDays());

        assertThat(invalid(negative)).containsExactly(new InvalidSetting("consentPeriodDays", "must not be negative"));
    }

    @Test
    @DisplayName("CFG-1 validation: an unknown task type and a task type without a deadline are refused, naming them")
    void CFG1_task_types() {
        Map<String, Integer> deadlines = new HashMap<>(rules.taskDeadlineDays());
        deadlines.remove("MASS_ASSIGNMENT");
        deadlines.put("COFFEE_BREAK", 1);
        deadlines.put("LUNA_REFUSAL", -2);

        assertThat(invalid(withDeadlines(deadlines))).containsExactlyInAnyOrder(
                new InvalidSetting("taskDeadlineDays.COFFEE_BREAK", "is not a task type; the task types are "
                        + List.of(TaskType.values())),
                new InvalidSetting("taskDeadlineDays.LUNA_REFUSAL", "must not be negative"),
                new InvalidSetting("taskDeadlineDays.MASS_ASSIGNMENT", "is required: every task type has a deadline"));
    }

    @Test
    @DisplayName("CFG-1 validation: every wrong setting is named at once, nested ones by their path")
    void CFG1_all_wrong_settings_named() {
        GlobalConfiguration.Draft wrong = new GlobalConfiguration.Draft(rules.taskDeadlineDays(), 0.0, 8, null, 14, 3,
                Days.MOST + 1, 1,
                new GlobalConfiguration.CardFeeDraft(new BigDecimal("-5"), 2015,
                        Map.of("2014", new BigDecimal("1"), "twenty", new BigDecimal("1"), "2017", new BigDecimal("-100"))),
                new GlobalConfiguration.WindowsDraft(new GlobalConfiguration.WindowDraft(-1, 30), null,
                        new GlobalConfiguration.WindowDraft(365, null)), null, 0);

        assertThat(invalid(wrong)).extracting(InvalidSetting::name).containsExactlyInAnyOrder(
                "regionalLetterPeriodMaxDays", "fifteenYearLetterCatchUpDays", "distanceLimitKm", "dispensationAnswerDays", "fifteenYearLetterDelayDays", "cardFee.baseKroner",
                "cardFee.yearlyAdjustmentPercent.2014", "cardFee.yearlyAdjustmentPercent.twenty",
                "cardFee.yearlyAdjustmentPercent.2017", "effectiveDateWindows.citizen.daysBack",
                "effectiveDateWindows.caseworker", "effectiveDateWindows.specialRights.daysAhead");
    }

    @Test
    @DisplayName("CFG-1 validation: the distance limit is more than 0 km and at most 100 km")
    void CFG1_distance_bounds() {
        assertThat(invalid(withDistance(0.0))).containsExactly(new InvalidSetting("distanceLimitKm", "must be more than 0 km"));
        assertThat(invalid(withDistance(100.5))).containsExactly(new InvalidSetting("distanceLimitKm", "must be at most 100 km"));
        assertThat(withDistance(100.0).validate().distanceLimit()).isEqualTo(new DistanceLimit(100));
        assertThat(withDistance(2.5).validate().distanceLimit()).isEqualTo(new DistanceLimit(2.5));
    }

    @Test
    @DisplayName("CFG-1 LET-7 validation: a look-up of regional letters covers at least 1 day and at most 3650; the rules' 366 is the initial value")
    void CFG1_LET7_regional_letter_period_bounds() {
        assertThat(rules.validate().regionalLetterPeriodMax()).isEqualTo(Days.of(366));
        assertThat(invalid(withRegionalLetterPeriod(0)))
                .containsExactly(new InvalidSetting("regionalLetterPeriodMaxDays", "must be at least 1 day"));
        assertThat(invalid(withRegionalLetterPeriod(Days.MOST + 1)))
                .containsExactly(new InvalidSetting("regionalLetterPeriodMaxDays", "must be at most 3650 days"));
        assertThat(withRegionalLetterPeriod(1).validate().regionalLetterPeriodMax()).isEqualTo(Days.of(1));
        assertThat(withRegionalLetterPeriod(1).validate().settings()).containsEntry("regionalLetterPeriodMaxDays", "1");
    }

    @Test
    @DisplayName("CFG-1 DOC-17 validation: the 15-year letters' daily run looks back at least its own day and at most 366 days; 14 to begin with")
    void CFG1_DOC17_catch_up_bounds() {
        assertThat(rules.validate().fifteenYearLetterCatchUp()).isEqualTo(Days.of(14));
        assertThat(invalid(withFifteenYearLetterCatchUp(0)))
                .containsExactly(new InvalidSetting("fifteenYearLetterCatchUpDays", "must be at least 1 day"));
        assertThat(invalid(withFifteenYearLetterCatchUp(367)))
                .containsExactly(new InvalidSetting("fifteenYearLetterCatchUpDays", "must be at most 366 days"));
        assertThat(withFifteenYearLetterCatchUp(366).validate().fifteenYearLetterCatchUp()).isEqualTo(Days.of(366));
        assertThat(withFifteenYearLetterCatchUp(1).validate().settings()).containsEntry("fifteenYearLetterCatchUpDays", "1");
    }

    @Test
    @DisplayName("CFG-1 audit names part: the settings by name, as the change audit records them")
    void CFG1_settings() {
        Map<String, String> settings = rules.validate().settings();

        assertThat(settings).containsEntry("consentPeriodDays", "8")
                .containsEntry("distanceLimitKm", "15")
                .containsEntry("taskDeadlineDays.LUNA_REFUSAL", "14")
                .containsEntry("cardFee.baseKroner", "190")
                .containsEntry("cardFee.baseYear", "2015")
                .containsEntry("cardFee.yearlyAdjustmentPercent.2016", "1.5")
                .containsEntry("effectiveDateWindows.specialRights.daysBack", "365")
                .containsEntry("effectiveDateWindows.citizen.daysAhead", "30");
        assertThat(settings.keySet().stream().filter(name -> name.startsWith("taskDeadlineDays."))).hasSize(TaskType.values().length);
    }

    @Test
    @DisplayName("CFG-1 validation: the constructor refuses a task deadline set that misses a type")
    void CFG1_every_task_type_has_a_deadline() {
        assertThatThrownBy(() -> new TaskDeadlines(Map.of(TaskType.LUNA_REFUSAL, Days.of(3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MASS_ASSIGNMENT");
    }

    private GlobalConfiguration.Draft withDeadlines(Map<String, Integer> deadlines) {
        return new GlobalConfiguration.Draft(deadlines, rules.distanceLimitKm(), rules.consentPeriodDays(),
                rules.dispensationAnswerDays(), rules.cardPreOrderDays(), rules.addressChangeCardDelayDays(),
                rules.fifteenYearLetterDelayDays(), rules.vulnerableBirthWindowDays(), rules.cardFee(),
                rules.effectiveDateWindows(), rules.regionalLetterPeriodMaxDays(), rules.fifteenYearLetterCatchUpDays());
    }

    private GlobalConfiguration.Draft withDistance(double kilometres) {
        return new GlobalConfiguration.Draft(rules.taskDeadlineDays(), kilometres, rules.consentPeriodDays(),
                rules.dispensationAnswerDays(), rules.cardPreOrderDays(), rules.addressChangeCardDelayDays(),
                rules.fifteenYearLetterDelayDays(), rules.vulnerableBirthWindowDays(), rules.cardFee(),
                rules.effectiveDateWindows(), rules.regionalLetterPeriodMaxDays(), rules.fifteenYearLetterCatchUpDays());
    }

    private GlobalConfiguration.Draft withRegionalLetterPeriod(int days) {
        return new GlobalConfiguration.Draft(rules.taskDeadlineDays(), rules.distanceLimitKm(), rules.consentPeriodDays(),
                rules.dispensationAnswerDays(), rules.cardPreOrderDays(), rules.addressChangeCardDelayDays(),
                rules.fifteenYearLetterDelayDays(), rules.vulnerableBirthWindowDays(), rules.cardFee(),
                rules.effectiveDateWindows(), days, rules.fifteenYearLetterCatchUpDays());
    }

    private GlobalConfiguration.Draft withFifteenYearLetterCatchUp(int days) {
        return new GlobalConfiguration.Draft(rules.taskDeadlineDays(), rules.distanceLimitKm(), rules.consentPeriodDays(),
                rules.dispensationAnswerDays(), rules.cardPreOrderDays(), rules.addressChangeCardDelayDays(),
                rules.fifteenYearLetterDelayDays(), rules.vulnerableBirthWindowDays(), rules.cardFee(),
                rules.effectiveDateWindows(), rules.regionalLetterPeriodMaxDays(), days);
    }

    private static List<InvalidSetting> invalid(GlobalConfiguration.Draft draft) {
        try {
            draft.validate();
        } catch (InvalidConfigurationException invalid) {
            return invalid.invalidSettings();
        }
        throw new AssertionError("the draft was accepted");
    }
}

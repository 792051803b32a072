package dk.sygesikring.domain.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConfigurationChangeTest {

    static final Instant AT = Instant.parse("2026-11-22T09:00:00Z");
    static final ChangedBy ADMIN = new ChangedBy("MUNICIPAL_ADMIN", "adm-751");
    static final Optional<MunicipalityCode> AARHUS = Optional.of(MunicipalityCode.of("751"));

    @Test
    @DisplayName("CFG-3 audit part: each setting whose value changed gives one change with its old and new value; unchanged ones none")
    void CFG3_changes_between() {
        TreeMap<String, String> before = new TreeMap<>();
        before.put("consentPeriodDays", "8");
        before.put("distanceLimitKm", "15");
        before.put("netsKeyReference", "vault:old");
        TreeMap<String, String> after = new TreeMap<>();
        after.put("consentPeriodDays", "10");
        after.put("distanceLimitKm", "15");
        after.put("remotePrintSupplier.name", "Strålfors");

        assertThat(ConfigurationChange.between(before, after, AARHUS, ADMIN, AT)).containsExactly(
                new ConfigurationChange(AT, ADMIN, AARHUS, "consentPeriodDays", Optional.of("8"), Optional.of("10")),
                new ConfigurationChange(AT, ADMIN, AARHUS, "netsKeyReference", Optional.of("vault:old"), Optional.empty()),
                new ConfigurationChange(AT, ADMIN, AARHUS, "remotePrintSupplier.name", Optional.empty(), Optional.of("Strålfors")));
        assertThat(ConfigurationChange.between(after, after, AARHUS, ADMIN, AT)).isEqualTo(List.of());
    }

    @Test
    @DisplayName("CFG-3 audit part: the rules' global configuration compared with itself changes nothing; one period changed is one change")
    void CFG3_global_diff() {
        GlobalConfiguration rules = RulesConfiguration.global();
        GlobalConfiguration longer = new GlobalConfiguration(rules.taskDeadlines(), rules.distanceLimit(), Days.of(10),
                rules.dispensationAnswerPeriod(), rules.cardPreOrder(), rules.addressChangeCardDelay(),
                rules.fifteenYearLetterDelay(), rules.vulnerableBirthWindow(), rules.cardFee(), rules.effectiveDateWindows(),
                rules.regionalLetterPeriodMax(), rules.fifteenYearLetterCatchUp());

        assertThat(ConfigurationChange.between(rules.settings(), rules.settings(), Optional.empty(), ADMIN, AT)).isEmpty();
        assertThat(ConfigurationChange.between(rules.settings(), longer.settings(), Optional.empty(), ADMIN, AT))
                .extracting(ConfigurationChange::setting, ConfigurationChange::oldValue, ConfigurationChange::newValue)
                .containsExactly(tuple("consentPeriodDays", Optional.of("8"), Optional.of("10")));
    }
}

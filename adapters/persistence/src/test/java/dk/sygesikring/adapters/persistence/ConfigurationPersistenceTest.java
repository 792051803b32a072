package dk.sygesikring.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.port.out.ConfigurationChangeLogPort;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.SaveConfigurationPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.configuration.CardFee;
import dk.sygesikring.domain.configuration.ChangedBy;
import dk.sygesikring.domain.configuration.ConfigurationChange;
import dk.sygesikring.domain.configuration.Days;
import dk.sygesikring.domain.configuration.DistanceLimit;
import dk.sygesikring.domain.configuration.EffectiveDateWindow;
import dk.sygesikring.domain.configuration.GlobalConfiguration;
import dk.sygesikring.domain.configuration.LocalConfiguration;
import dk.sygesikring.domain.configuration.RemotePrintSupplier;
import dk.sygesikring.domain.configuration.TaskDeadlines;
import dk.sygesikring.domain.configuration.TaskType;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The configuration tables of V9 against the real PostgreSQL. What a test changes globally it puts back. */
@MicronautTest(transactional = false)
class ConfigurationPersistenceTest {

    static final MunicipalityCode LAESOE = MunicipalityCode.of("825");
    static final MunicipalityCode SAMSOE = MunicipalityCode.of("741");

    @Inject LoadConfigurationPort load;
    @Inject SaveConfigurationPort save;
    @Inject ConfigurationChangeLogPort changeLog;
    @Inject TransactionPort transactions;

    @Test
    @DisplayName("CFG-1 storage: the global configuration starts with the rules' values and a changed one is stored and read back")
    void CFG1_global_is_stored() {
        GlobalConfiguration initial = load.loadGlobal();
        assertThat(initial.consentPeriod()).isEqualTo(Days.of(8));
        assertThat(initial.dispensationAnswerPeriod()).isEqualTo(Days.of(14));
        assertThat(initial.cardPreOrder()).isEqualTo(Days.of(14));
        assertThat(initial.addressChangeCardDelay()).isEqualTo(Days.of(3));
        assertThat(initial.fifteenYearLetterDelay()).isEqualTo(Days.of(21));
        assertThat(initial.vulnerableBirthWindow()).isEqualTo(Days.of(1));
        assertThat(initial.distanceLimit()).isEqualTo(new DistanceLimit(15));
        assertThat(initial.cardFee().baseKroner()).isEqualByComparingTo("190");
        assertThat(initial.cardFee().baseYear()).isEqualTo(Year.of(2015));
        assertThat(initial.effectiveDateWindows().citizen()).isEqualTo(EffectiveDateWindow.of(0, 30));
        assertThat(initial.effectiveDateWindows().caseworker()).isEqualTo(EffectiveDateWindow.of(14, 30));
        assertThat(initial.effectiveDateWindows().specialRights()).isEqualTo(EffectiveDateWindow.of(365, 365));
        assertThat(initial.regionalLetterPeriodMax()).isEqualTo(Days.of(366));
        assertThat(initial.fifteenYearLetterCatchUp()).isEqualTo(Days.of(14));

        Map<TaskType, Days> deadlines = new EnumMap<>(initial.taskDeadlines().days());
        deadlines.put(TaskType.LUNA_REFUSAL, Days.of(2));
        TreeMap<Year, BigDecimal> percentages = new TreeMap<>(Map.of(Year.of(2016), new BigDecimal("1.50"),
                Year.of(2026), new BigDecimal("-0.25")));
        GlobalConfiguration changed = new GlobalConfiguration(new TaskDeadlines(deadlines), new DistanceLimit(12.5),
                Days.of(9), Days.of(10), Days.of(11), Days.of(4), Days.of(22), Days.of(2),
                new CardFee(new BigDecimal("195.50"), Year.of(2016), percentages.tailMap(Year.of(2017))),
                initial.effectiveDateWindows(), Days.of(31), Days.of(3));
        try {
            inTransaction(() -> save.saveGlobal(changed));
            GlobalConfiguration read = load.loadGlobal();
            assertThat(read.settings()).isEqualTo(changed.settings());
            assertThat(inTransactionGet(load::lockGlobal).settings()).isEqualTo(changed.settings());
        } finally {
            inTransaction(() -> save.saveGlobal(initial));
        }
        assertThat(load.loadGlobal().settings()).isEqualTo(initial.settings());
    }

    @Test
    @DisplayName("CFG-2 storage: every municipality starts with the national defaults; its own configuration is stored and read back")
    void CFG2_local_is_stored() {
        LocalConfiguration defaults = load.loadLocal(LAESOE).orElseThrow();
        assertThat(defaults).isEqualTo(new LocalConfiguration(LAESOE, Days.of(14), List.of(), List.of(), Optional.empty(),
                Optional.empty(), Duration.ofMinutes(480)));
        assertThat(load.loadLocal(MunicipalityCode.of("999"))).isEmpty();

        LocalConfiguration own = new LocalConfiguration(LAESOE, Days.of(5), List.of("Gebyrfrit", "Kommune-Kasse"),
                List.of("9901", "9902"), Optional.of(new RemotePrintSupplier("Strålfors", "20", "5059")),
                Optional.of("vault:nets/825"), Duration.ofMinutes(60));
        inTransaction(() -> save.saveLocal(own));

        assertThat(load.loadLocal(LAESOE)).contains(own);
        assertThat(inTransactionGet(() -> load.lockLocal(LAESOE))).contains(own);
        assertThat(load.loadLocal(SAMSOE).orElseThrow().adHocTaskDeadline()).isEqualTo(Days.of(14));
    }

    @Test
    @DisplayName("CFG-3 audit storage: the change log keeps who, when, which setting, old and new value; found by period, scope and municipality, newest first")
    void CFG3_change_log() {
        Instant first = Instant.parse("2031-01-10T10:00:00Z");
        Instant second = first.plusSeconds(60);
        ChangedBy operator = new ChangedBy("SYSTEM", "national-operator");
        ChangedBy administrator = new ChangedBy("MUNICIPAL_ADMIN", "adm-741");
        ConfigurationChange global = new ConfigurationChange(first, operator, Optional.empty(), "consentPeriodDays",
                Optional.of("8"), Optional.of("9"));
        ConfigurationChange local = new ConfigurationChange(second, administrator, Optional.of(SAMSOE), "netsKeyReference",
                Optional.empty(), Optional.of("vault:nets/741"));
        inTransaction(() -> changeLog.append(List.of(global, local)));

        Optional<Instant> from = Optional.of(first);
        Optional<Instant> until = Optional.of(second.plusSeconds(1));
        assertThat(changeLog.find(new ConfigurationChangeLogPort.Filter(from, until, true, true, Optional.empty(), 10)))
                .containsExactly(local, global);
        assertThat(changeLog.find(new ConfigurationChangeLogPort.Filter(from, until, true, false, Optional.empty(), 10)))
                .containsExactly(global);
        assertThat(changeLog.find(new ConfigurationChangeLogPort.Filter(from, until, false, true, Optional.of(SAMSOE), 10)))
                .containsExactly(local);
        assertThat(changeLog.find(new ConfigurationChangeLogPort.Filter(from, until, true, true, Optional.of(LAESOE), 10)))
                .containsExactly(global);
        assertThat(changeLog.find(new ConfigurationChangeLogPort.Filter(Optional.of(second), Optional.empty(), true, true,
                Optional.empty(), 10))).contains(local).doesNotContain(global);
        assertThat(changeLog.find(new ConfigurationChangeLogPort.Filter(from, until, true, true, Optional.empty(), 1)))
                .containsExactly(local);
    }

    private void inTransaction(Runnable work) {
        transactions.inTransaction(() -> {
            work.run();
            return null;
        });
    }

    private <T> T inTransactionGet(Supplier<T> work) {
        return transactions.inTransaction(work);
    }
}

package dk.sygesikring.domain.configuration;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The configuration with the values RULES.md states (CFG-1), for tests that prove a rule as it is written. */
public final class RulesConfiguration {

    public static final DistanceLimit DISTANCE_LIMIT = new DistanceLimit(15);
    public static final Days CONSENT_PERIOD = Days.of(8);
    public static final Days DISPENSATION_ANSWER_PERIOD = Days.of(14);
    /** GRP-2: citizen today..+30, caseworker -14..+30, special rights -1 year..+1 year; DOC-6 uses the same. */
    public static final EffectiveDateWindows WINDOWS = new EffectiveDateWindows(EffectiveDateWindow.of(0, 30),
            EffectiveDateWindow.of(14, 30), EffectiveDateWindow.of(365, 365));
    /** LET-7: one look-up of regional letters covers at most a leap year. */
    public static final Days REGIONAL_LETTER_PERIOD_MAX = Days.of(366);
    /** DOC-17: the daily run of the 15-year letters looks back two weeks (the initial value, V24). */
    public static final Days FIFTEEN_YEAR_LETTER_CATCH_UP = Days.of(14);
    public static final TaskDeadlines TASK_DEADLINES = new TaskDeadlines(Arrays.stream(TaskType.values())
            .collect(Collectors.toMap(Function.identity(), type -> Days.of(14))));

    private RulesConfiguration() {
    }

    public static GlobalConfiguration global() {
        return new GlobalConfiguration(TASK_DEADLINES, DISTANCE_LIMIT, CONSENT_PERIOD, DISPENSATION_ANSWER_PERIOD,
                Days.of(14), Days.of(3), Days.of(21), Days.of(1),
                new CardFee(new BigDecimal("190"), Year.of(2015), new TreeMap<>()), WINDOWS, REGIONAL_LETTER_PERIOD_MAX,
                FIFTEEN_YEAR_LETTER_CATCH_UP);
    }

    /** A municipality that has set nothing: the national defaults. */
    public static LocalConfiguration local(MunicipalityCode municipality) {
        return new LocalConfiguration(municipality, Days.of(14), List.of(), List.of(), Optional.empty(), Optional.empty(),
                Duration.ofMinutes(480));
    }

    /** The global configuration as a request gives it, to change one setting at a time in tests. */
    public static GlobalConfiguration.Draft globalDraft() {
        return new GlobalConfiguration.Draft(
                Arrays.stream(TaskType.values()).collect(Collectors.toMap(TaskType::name, type -> 14)),
                15.0, 8, 14, 14, 3, 21, 1,
                new GlobalConfiguration.CardFeeDraft(new BigDecimal("190"), 2015, Map.of("2016", new BigDecimal("1.5"))),
                new GlobalConfiguration.WindowsDraft(new GlobalConfiguration.WindowDraft(0, 30),
                        new GlobalConfiguration.WindowDraft(14, 30), new GlobalConfiguration.WindowDraft(365, 365)), 366, 14);
    }
}

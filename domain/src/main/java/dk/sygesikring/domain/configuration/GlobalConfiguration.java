package dk.sygesikring.domain.configuration;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The business parameters that hold for all 98 municipalities (CFG-1), as one typed, immutable set. Policies get the
 * values they need from it as parameters; no rule keeps its own copy of a number. The values are stored and changed
 * at run time (CFG-3); the initial ones are the rules' (RULES.md), set by the first migration of the configuration.
 *
 * @param distanceLimit           DOC-2, DOC-3, DOC-14: how far from the address the choice list and the open doctors reach
 * @param consentPeriod           DOC-5: days after a choice's creation within which "don't know" can be settled
 * @param dispensationAnswerPeriod DOC-4: days the doctor has to answer a dispensation application
 * @param cardPreOrder            CARD-5: days before a future doctor change's effective date that its card is ordered
 * @param addressChangeCardDelay  CARD-7: days an A42 or P10 card order waits
 * @param fifteenYearLetterDelay  DOC-17: days after the 15th birthday that the letter about a free doctor choice is sent
 * @param vulnerableBirthWindow   CPR-10: birth and naming within this many days is a vulnerable situation
 * @param cardFee                 CARD-3: the fee's base and its yearly adjustment
 * @param effectiveDateWindows    GRP-2, DOC-6: how far back and ahead each actor may date a change
 * @param regionalLetterPeriodMax LET-7: the longest period, both ends counted, that one look-up of regional letters covers
 * @param fifteenYearLetterCatchUp DOC-17: how many days, today included, the daily run of the 15-year letters looks back
 *                                for persons due, so that a missed run or a failed letter is caught up
 */
public record GlobalConfiguration(
        TaskDeadlines taskDeadlines,
        DistanceLimit distanceLimit,
        Days consentPeriod,
        Days dispensationAnswerPeriod,
        Days cardPreOrder,
        Days addressChangeCardDelay,
        Days fifteenYearLetterDelay,
        Days vulnerableBirthWindow,
        CardFee cardFee,
        EffectiveDateWindows effectiveDateWindows,
        Days regionalLetterPeriodMax,
        Days fifteenYearLetterCatchUp) {

    /** Beyond this the choice list would reach across half the country. */
    public static final double MOST_KILOMETRES = 100;
    /** Each day of the 15-year letters' look-back is one read of the persons born on a day: a year of them at most. */
    public static final int MOST_CATCH_UP_DAYS = 366;

    // The settings' names, as the contract and the change audit spell them.
    public static final String TASK_DEADLINE_DAYS = "taskDeadlineDays";
    public static final String DISTANCE_LIMIT_KM = "distanceLimitKm";
    public static final String CONSENT_PERIOD_DAYS = "consentPeriodDays";
    public static final String DISPENSATION_ANSWER_DAYS = "dispensationAnswerDays";
    public static final String CARD_PRE_ORDER_DAYS = "cardPreOrderDays";
    public static final String ADDRESS_CHANGE_CARD_DELAY_DAYS = "addressChangeCardDelayDays";
    public static final String FIFTEEN_YEAR_LETTER_DELAY_DAYS = "fifteenYearLetterDelayDays";
    public static final String VULNERABLE_BIRTH_WINDOW_DAYS = "vulnerableBirthWindowDays";
    public static final String CARD_FEE = "cardFee";
    public static final String EFFECTIVE_DATE_WINDOWS = "effectiveDateWindows";
    public static final String REGIONAL_LETTER_PERIOD_MAX_DAYS = "regionalLetterPeriodMaxDays";
    public static final String FIFTEEN_YEAR_LETTER_CATCH_UP_DAYS = "fifteenYearLetterCatchUpDays";

    public GlobalConfiguration {
        Objects.requireNonNull(taskDeadlines, TASK_DEADLINE_DAYS);
        Objects.requireNonNull(distanceLimit, DISTANCE_LIMIT_KM);
        Objects.requireNonNull(consentPeriod, CONSENT_PERIOD_DAYS);
        Objects.requireNonNull(dispensationAnswerPeriod, DISPENSATION_ANSWER_DAYS);
        Objects.requireNonNull(cardPreOrder, CARD_PRE_ORDER_DAYS);
        Objects.requireNonNull(addressChangeCardDelay, ADDRESS_CHANGE_CARD_DELAY_DAYS);
        Objects.requireNonNull(fifteenYearLetterDelay, FIFTEEN_YEAR_LETTER_DELAY_DAYS);
        Objects.requireNonNull(vulnerableBirthWindow, VULNERABLE_BIRTH_WINDOW_DAYS);
        Objects.requireNonNull(cardFee, CARD_FEE);
        Objects.requireNonNull(effectiveDateWindows, EFFECTIVE_DATE_WINDOWS);
        Objects.requireNonNull(regionalLetterPeriodMax, REGIONAL_LETTER_PERIOD_MAX_DAYS);
        Objects.requireNonNull(fifteenYearLetterCatchUp, FIFTEEN_YEAR_LETTER_CATCH_UP_DAYS);
        checkDistance(distanceLimit.kilometres());
        checkRegionalLetterPeriod(regionalLetterPeriodMax.count());
        checkCatchUp(fifteenYearLetterCatchUp.count());
    }

    /**
     * Every setting by its name, with its value as text, e.g. {@code consentPeriodDays=8},
     * {@code taskDeadlineDays.LUNA_REFUSAL=5}, {@code cardFee.yearlyAdjustmentPercent.2026=2.1}: what the change
     * audit compares and records.
     */
    public SortedMap<String, String> settings() {
        SortedMap<String, String> settings = new TreeMap<>();
        taskDeadlines.days().forEach((type, days) -> settings.put(TASK_DEADLINE_DAYS + "." + type.name(), text(days)));
        settings.put(DISTANCE_LIMIT_KM, SettingText.number(BigDecimal.valueOf(distanceLimit.kilometres())));
        settings.put(CONSENT_PERIOD_DAYS, text(consentPeriod));
        settings.put(DISPENSATION_ANSWER_DAYS, text(dispensationAnswerPeriod));
        settings.put(CARD_PRE_ORDER_DAYS, text(cardPreOrder));
        settings.put(ADDRESS_CHANGE_CARD_DELAY_DAYS, text(addressChangeCardDelay));
        settings.put(FIFTEEN_YEAR_LETTER_DELAY_DAYS, text(fifteenYearLetterDelay));
        settings.put(VULNERABLE_BIRTH_WINDOW_DAYS, text(vulnerableBirthWindow));
        settings.put(CARD_FEE + ".baseKroner", SettingText.number(cardFee.baseKroner()));
        settings.put(CARD_FEE + ".baseYear", cardFee.baseYear().toString());
        cardFee.yearlyAdjustmentPercent().forEach((year, percent) ->
                settings.put(CARD_FEE + ".yearlyAdjustmentPercent." + year, SettingText.number(percent)));
        window(settings, "citizen", effectiveDateWindows.citizen());
        window(settings, "caseworker", effectiveDateWindows.caseworker());
        window(settings, "specialRights", effectiveDateWindows.specialRights());
        settings.put(REGIONAL_LETTER_PERIOD_MAX_DAYS, text(regionalLetterPeriodMax));
        settings.put(FIFTEEN_YEAR_LETTER_CATCH_UP_DAYS, text(fifteenYearLetterCatchUp));
        return settings;
    }

    private static void window(SortedMap<String, String> settings, String actor, EffectiveDateWindow window) {
        settings.put(EFFECTIVE_DATE_WINDOWS + "." + actor + ".daysBack", text(window.back()));
        settings.put(EFFECTIVE_DATE_WINDOWS + "." + actor + ".daysAhead", text(window.ahead()));
    }

    private static String text(Days days) {
        return String.valueOf(days.count());
    }

    static DistanceLimit checkDistance(double kilometres) {
        if (!(kilometres > 0) || Double.isInfinite(kilometres)) {
            throw new IllegalArgumentException("must be more than 0 km");
        }
        if (kilometres > MOST_KILOMETRES) {
            throw new IllegalArgumentException("must be at most " + SettingText.number(BigDecimal.valueOf(MOST_KILOMETRES)) + " km");
        }
        return new DistanceLimit(kilometres);
    }

    /** A look-up covers at least its one day, or none could be made. */
    static Days checkRegionalLetterPeriod(int count) {
        Days days = Days.of(count);
        if (count < 1) {
            throw new IllegalArgumentException("must be at least 1 day");
        }
        return days;
    }

    /** A run looks at its own day at least; more than {@value #MOST_CATCH_UP_DAYS} days would read too many persons daily. */
    static Days checkCatchUp(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("must be at least 1 day");
        }
        if (count > MOST_CATCH_UP_DAYS) {
            throw new IllegalArgumentException("must be at most " + MOST_CATCH_UP_DAYS + " days");
        }
        return Days.of(count);
    }

    /**
     * The settings as given (a request's body), unchecked; {@link #validate()} makes the configuration or names every
     * setting that is missing or wrong. Task types and years are given as text keys, as JSON has them.
     */
    public record Draft(Map<String, Integer> taskDeadlineDays, Double distanceLimitKm, Integer consentPeriodDays,
                        Integer dispensationAnswerDays, Integer cardPreOrderDays, Integer addressChangeCardDelayDays,
                        Integer fifteenYearLetterDelayDays, Integer vulnerableBirthWindowDays, CardFeeDraft cardFee,
                        WindowsDraft effectiveDateWindows, Integer regionalLetterPeriodMaxDays,
                        Integer fifteenYearLetterCatchUpDays) {

        public GlobalConfiguration validate() {
            SettingChecks checks = new SettingChecks();
            TaskDeadlines deadlines = taskDeadlines(checks);
            Double kilometres = checks.required(DISTANCE_LIMIT_KM, distanceLimitKm);
            DistanceLimit distance = kilometres == null ? null : checks.value(DISTANCE_LIMIT_KM, () -> checkDistance(kilometres));
            Days consent = days(checks, CONSENT_PERIOD_DAYS, consentPeriodDays);
            Days dispensation = days(checks, DISPENSATION_ANSWER_DAYS, dispensationAnswerDays);
            Days preOrder = days(checks, CARD_PRE_ORDER_DAYS, cardPreOrderDays);
            Days addressDelay = days(checks, ADDRESS_CHANGE_CARD_DELAY_DAYS, addressChangeCardDelayDays);
            Days letterDelay = days(checks, FIFTEEN_YEAR_LETTER_DELAY_DAYS, fifteenYearLetterDelayDays);
            Days birthWindow = days(checks, VULNERABLE_BIRTH_WINDOW_DAYS, vulnerableBirthWindowDays);
            CardFee fee = checks.required(CARD_FEE, cardFee) == null ? null : cardFee.validate(checks);
            EffectiveDateWindows windows = checks.required(EFFECTIVE_DATE_WINDOWS, effectiveDateWindows) == null
                    ? null : effectiveDateWindows.validate(checks);
            Integer letterPeriod = checks.required(REGIONAL_LETTER_PERIOD_MAX_DAYS, regionalLetterPeriodMaxDays);
            Days regionalLetterPeriod = letterPeriod == null ? null
                    : checks.value(REGIONAL_LETTER_PERIOD_MAX_DAYS, () -> checkRegionalLetterPeriod(letterPeriod));
            Integer catchUpDays = checks.required(FIFTEEN_YEAR_LETTER_CATCH_UP_DAYS, fifteenYearLetterCatchUpDays);
            Days catchUp = catchUpDays == null ? null
                    : checks.value(FIFTEEN_YEAR_LETTER_CATCH_UP_DAYS, () -> checkCatchUp(catchUpDays));
            checks.throwIfInvalid();
            return new GlobalConfiguration(deadlines, distance, consent, dispensation, preOrder, addressDelay,
                    letterDelay, birthWindow, fee, windows, regionalLetterPeriod, catchUp);
        }

        private TaskDeadlines taskDeadlines(SettingChecks checks) {
            if (checks.required(TASK_DEADLINE_DAYS, taskDeadlineDays) == null) {
                return null;
            }
            Map<TaskType, Days> deadlines = new EnumMap<>(TaskType.class);
            taskDeadlineDays.forEach((typeName, days) -> {
                String name = TASK_DEADLINE_DAYS + "." + typeName;
                TaskType type = checks.value(name, () -> taskType(typeName));
                Days checked = days(checks, name, days);
                if (type != null && checked != null) {
                    deadlines.put(type, checked);
                }
            });
            for (TaskType type : TaskType.values()) {
                if (!taskDeadlineDays.containsKey(type.name())) {
                    checks.invalid(TASK_DEADLINE_DAYS + "." + type.name(), "is required: every task type has a deadline");
                }
            }
            return deadlines.size() == TaskType.values().length ? new TaskDeadlines(deadlines) : null;
        }

        private static TaskType taskType(String name) {
            try {
                return TaskType.valueOf(name);
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("is not a task type; the task types are " + Arrays.toString(TaskType.values()));
            }
        }
    }

    /** The card fee as given: base amount, base year and the percentage of each year after it (none: null or empty). */
    public record CardFeeDraft(BigDecimal baseKroner, Integer baseYear, Map<String, BigDecimal> yearlyAdjustmentPercent) {

        CardFee validate(SettingChecks checks) {
            String prefix = CARD_FEE + ".";
            BigDecimal givenBase = checks.required(prefix + "baseKroner", baseKroner);
            BigDecimal base = givenBase == null ? null : checks.value(prefix + "baseKroner", () -> CardFee.checkBase(givenBase));
            Integer givenYear = checks.required(prefix + "baseYear", baseYear);
            Year year = givenYear == null ? null : checks.value(prefix + "baseYear", () -> CardFee.checkYear(Year.of(givenYear)));
            Map<String, BigDecimal> given = yearlyAdjustmentPercent == null ? Map.of() : yearlyAdjustmentPercent;
            SortedMap<Year, BigDecimal> adjustments = new TreeMap<>();
            given.forEach((yearText, percent) -> {
                String name = prefix + "yearlyAdjustmentPercent." + yearText;
                Year adjusted = checks.value(name, () -> CardFee.checkAdjustmentYear(parseYear(yearText), year));
                BigDecimal checked = checks.required(name, percent) == null ? null : checks.value(name, () -> CardFee.checkPercent(percent));
                if (adjusted != null && checked != null) {
                    adjustments.put(adjusted, checked);
                }
            });
            boolean everyAdjustmentValid = adjustments.size() == given.size();
            return base == null || year == null || !everyAdjustmentValid ? null : new CardFee(base, year, adjustments);
        }

        private static Year parseYear(String text) {
            if (!text.matches("\\d{4}")) {
                throw new IllegalArgumentException("is not a year (4 digits)");
            }
            return Year.of(Integer.parseInt(text));
        }
    }

    /** The date windows as given, per kind of actor. */
    public record WindowsDraft(WindowDraft citizen, WindowDraft caseworker, WindowDraft specialRights) {

        EffectiveDateWindows validate(SettingChecks checks) {
            EffectiveDateWindow citizenWindow = window(checks, "citizen", citizen);
            EffectiveDateWindow caseworkerWindow = window(checks, "caseworker", caseworker);
            EffectiveDateWindow specialWindow = window(checks, "specialRights", specialRights);
            return citizenWindow == null || caseworkerWindow == null || specialWindow == null
                    ? null : new EffectiveDateWindows(citizenWindow, caseworkerWindow, specialWindow);
        }

        private static EffectiveDateWindow window(SettingChecks checks, String actor, WindowDraft draft) {
            String prefix = EFFECTIVE_DATE_WINDOWS + "." + actor;
            if (checks.required(prefix, draft) == null) {
                return null;
            }
            Days back = days(checks, prefix + ".daysBack", draft.daysBack());
            Days ahead = days(checks, prefix + ".daysAhead", draft.daysAhead());
            return back == null || ahead == null ? null : new EffectiveDateWindow(back, ahead);
        }
    }

    public record WindowDraft(Integer daysBack, Integer daysAhead) {
    }

    private static Days days(SettingChecks checks, String name, Integer given) {
        Integer count = checks.required(name, given);
        return count == null ? null : checks.value(name, () -> Days.of(count));
    }
}

package dk.sygesikring.application.fakes;

import dk.sygesikring.domain.configuration.Days;
import dk.sygesikring.domain.configuration.GlobalConfiguration;
import dk.sygesikring.domain.configuration.LocalConfiguration;
import dk.sygesikring.domain.configuration.RemotePrintSupplier;
import dk.sygesikring.domain.configuration.TaskDeadlines;
import dk.sygesikring.domain.configuration.TaskType;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Configurations for use-case tests: the rules' values (RULES.md), and copies with one setting changed. */
public final class Configurations {

    private Configurations() {
    }

    public static GlobalConfiguration rules() {
        return new GlobalConfiguration.Draft(
                Arrays.stream(TaskType.values()).collect(Collectors.toMap(TaskType::name, type -> 14)),
                15.0, 8, 14, 14, 3, 21, 1,
                new GlobalConfiguration.CardFeeDraft(new BigDecimal("190"), 2015, Map.of()),
                new GlobalConfiguration.WindowsDraft(new GlobalConfiguration.WindowDraft(0, 30),
                        new GlobalConfiguration.WindowDraft(14, 30), new GlobalConfiguration.WindowDraft(365, 365)), 366, 14)
                .validate();
    }

    public static LocalConfiguration defaults(MunicipalityCode municipality) {
        return new LocalConfiguration.Draft(14, List.of(), List.of(), null, null, 480).validate(municipality);
    }

    public static GlobalConfiguration withConsentPeriod(GlobalConfiguration global, Days period) {
        return new GlobalConfiguration(global.taskDeadlines(), global.distanceLimit(), period,
                global.dispensationAnswerPeriod(), global.cardPreOrder(), global.addressChangeCardDelay(),
                global.fifteenYearLetterDelay(), global.vulnerableBirthWindow(), global.cardFee(),
                global.effectiveDateWindows(), global.regionalLetterPeriodMax(), global.fifteenYearLetterCatchUp());
    }

    public static GlobalConfiguration withTaskDeadline(GlobalConfiguration global, TaskType type, Days deadline) {
        Map<TaskType, Days> days = new java.util.EnumMap<>(global.taskDeadlines().days());
        days.put(type, deadline);
        return new GlobalConfiguration(new TaskDeadlines(days), global.distanceLimit(), global.consentPeriod(),
                global.dispensationAnswerPeriod(), global.cardPreOrder(), global.addressChangeCardDelay(),
                global.fifteenYearLetterDelay(), global.vulnerableBirthWindow(), global.cardFee(),
                global.effectiveDateWindows(), global.regionalLetterPeriodMax(), global.fifteenYearLetterCatchUp());
    }

    /** LET-7: the longest period one look-up of regional letters covers. */
    public static GlobalConfiguration withRegionalLetterPeriodMax(GlobalConfiguration global, Days longest) {
        return new GlobalConfiguration(global.taskDeadlines(), global.distanceLimit(), global.consentPeriod(),
                global.dispensationAnswerPeriod(), global.cardPreOrder(), global.addressChangeCardDelay(),
                global.fifteenYearLetterDelay(), global.vulnerableBirthWindow(), global.cardFee(),
                global.effectiveDateWindows(), longest, global.fifteenYearLetterCatchUp());
    }

    /** DOC-17: the delay after the 15th birthday, and how many days the daily run looks back. */
    public static GlobalConfiguration withFifteenYearLetter(GlobalConfiguration global, Days delay, Days catchUp) {
        return new GlobalConfiguration(global.taskDeadlines(), global.distanceLimit(), global.consentPeriod(),
                global.dispensationAnswerPeriod(), global.cardPreOrder(), global.addressChangeCardDelay(),
                delay, global.vulnerableBirthWindow(), global.cardFee(),
                global.effectiveDateWindows(), global.regionalLetterPeriodMax(), catchUp);
    }

    public static LocalConfiguration withAdHocDeadline(LocalConfiguration local, Days deadline) {
        return new LocalConfiguration(local.municipality(), deadline, local.paymentChannels(), local.highRoadCodes(),
                local.remotePrintSupplier(), local.netsKeyReference(), local.sessionTimeout());
    }

    /** The municipality's remote print supplier, as an administrator sets it up (LET-5, CFG-2). */
    public static LocalConfiguration withPrintSupplier(LocalConfiguration local, RemotePrintSupplier supplier) {
        return new LocalConfiguration(local.municipality(), local.adHocTaskDeadline(), local.paymentChannels(),
                local.highRoadCodes(), java.util.Optional.of(supplier), local.netsKeyReference(), local.sessionTimeout());
    }
}

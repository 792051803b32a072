package dk.sygesikring.adapters.persistence.configuration;

import dk.sygesikring.adapters.persistence.configuration.ConfigurationRows.CardFeeAdjustmentRow;
import dk.sygesikring.adapters.persistence.configuration.ConfigurationRows.ConfigurationChangeRow;
import dk.sygesikring.adapters.persistence.configuration.ConfigurationRows.GlobalConfigurationRow;
import dk.sygesikring.adapters.persistence.configuration.ConfigurationRows.LocalConfigurationRow;
import dk.sygesikring.adapters.persistence.configuration.ConfigurationRows.TaskDeadlineRow;
import dk.sygesikring.domain.configuration.CardFee;
import dk.sygesikring.domain.configuration.ChangedBy;
import dk.sygesikring.domain.configuration.ConfigurationChange;
import dk.sygesikring.domain.configuration.Days;
import dk.sygesikring.domain.configuration.DistanceLimit;
import dk.sygesikring.domain.configuration.EffectiveDateWindow;
import dk.sygesikring.domain.configuration.EffectiveDateWindows;
import dk.sygesikring.domain.configuration.GlobalConfiguration;
import dk.sygesikring.domain.configuration.LocalConfiguration;
import dk.sygesikring.domain.configuration.RemotePrintSupplier;
import dk.sygesikring.domain.configuration.TaskDeadlines;
import dk.sygesikring.domain.configuration.TaskType;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Rows to the typed configuration and back; the domain's constructors check the stored values again. */
final class ConfigurationMapper {

    private ConfigurationMapper() {
    }

    static GlobalConfiguration toGlobal(GlobalConfigurationRow row, List<TaskDeadlineRow> deadlines,
                                        List<CardFeeAdjustmentRow> adjustments) {
        Map<TaskType, Days> days = new EnumMap<>(TaskType.class);
        for (TaskDeadlineRow deadline : deadlines) {
            // a row of a task type the code no longer has is kept in the table and ignored
            knownTaskType(deadline.taskType()).ifPresent(type -> days.put(type, Days.of(deadline.days())));
        }
        TreeMap<Year, BigDecimal> percentages = new TreeMap<>();
        adjustments.forEach(adjustment -> percentages.put(Year.of(adjustment.year()), adjustment.percent()));
        return new GlobalConfiguration(new TaskDeadlines(days), new DistanceLimit(row.distanceLimitKm()),
                Days.of(row.consentPeriodDays()), Days.of(row.dispensationAnswerDays()), Days.of(row.cardPreOrderDays()),
                Days.of(row.addressChangeCardDelayDays()), Days.of(row.fifteenYearLetterDelayDays()),
                Days.of(row.vulnerableBirthWindowDays()),
                new CardFee(row.cardFeeBaseKroner(), Year.of(row.cardFeeBaseYear()), percentages),
                new EffectiveDateWindows(EffectiveDateWindow.of(row.citizenDaysBack(), row.citizenDaysAhead()),
                        EffectiveDateWindow.of(row.caseworkerDaysBack(), row.caseworkerDaysAhead()),
                        EffectiveDateWindow.of(row.specialRightsDaysBack(), row.specialRightsDaysAhead())),
                Days.of(row.regionalLetterPeriodMaxDays()), Days.of(row.fifteenYearLetterCatchUpDays()));
    }

    static GlobalConfigurationRow toRow(GlobalConfiguration global) {
        EffectiveDateWindows windows = global.effectiveDateWindows();
        return new GlobalConfigurationRow(true, global.distanceLimit().kilometres(), global.consentPeriod().count(),
                global.dispensationAnswerPeriod().count(), global.cardPreOrder().count(),
                global.addressChangeCardDelay().count(), global.fifteenYearLetterDelay().count(),
                global.vulnerableBirthWindow().count(), global.cardFee().baseKroner(),
                global.cardFee().baseYear().getValue(),
                windows.citizen().back().count(), windows.citizen().ahead().count(),
                windows.caseworker().back().count(), windows.caseworker().ahead().count(),
                windows.specialRights().back().count(), windows.specialRights().ahead().count(),
                global.regionalLetterPeriodMax().count(), global.fifteenYearLetterCatchUp().count());
    }

    static List<CardFeeAdjustmentRow> adjustmentRows(CardFee fee) {
        return fee.yearlyAdjustmentPercent().entrySet().stream()
                .map(entry -> new CardFeeAdjustmentRow(entry.getKey().getValue(), entry.getValue())).toList();
    }

    static LocalConfiguration toLocal(LocalConfigurationRow row) {
        Optional<RemotePrintSupplier> supplier = row.printSupplierName() == null ? Optional.empty()
                : Optional.of(new RemotePrintSupplier(row.printSupplierName(), row.printShipmentTypeId(),
                        row.printSenderSystemId()));
        return new LocalConfiguration(MunicipalityCode.of(row.municipalityCode()), Days.of(row.adHocTaskDeadlineDays()),
                List.of(row.paymentChannels()), List.of(row.highRoadCodes()), supplier,
                Optional.ofNullable(row.netsKeyReference()), Duration.ofMinutes(row.sessionTimeoutMinutes()));
    }

    static LocalConfigurationRow toRow(LocalConfiguration local) {
        Optional<RemotePrintSupplier> supplier = local.remotePrintSupplier();
        return new LocalConfigurationRow(local.municipality().value(), local.adHocTaskDeadline().count(),
                local.paymentChannels().toArray(String[]::new), local.highRoadCodes().toArray(String[]::new),
                supplier.map(RemotePrintSupplier::name).orElse(null),
                supplier.map(RemotePrintSupplier::shipmentTypeId).orElse(null),
                supplier.map(RemotePrintSupplier::senderSystemId).orElse(null),
                local.netsKeyReference().orElse(null), Math.toIntExact(local.sessionTimeout().toMinutes()));
    }

    static ConfigurationChangeRow toRow(ConfigurationChange change) {
        return new ConfigurationChangeRow(null, change.changedAt(), change.changedBy().role(), change.changedBy().id(),
                change.municipality().map(MunicipalityCode::value).orElse(null), change.setting(),
                change.oldValue().orElse(null), change.newValue().orElse(null));
    }

    static ConfigurationChange toChange(ConfigurationChangeRow row) {
        return new ConfigurationChange(row.changedAt(), new ChangedBy(row.actorRole(), row.actorId()),
                Optional.ofNullable(row.municipalityCode()).map(MunicipalityCode::of), row.setting(),
                Optional.ofNullable(row.oldValue()), Optional.ofNullable(row.newValue()));
    }

    private static Optional<TaskType> knownTaskType(String name) {
        try {
            return Optional.of(TaskType.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}

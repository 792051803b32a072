package dk.sygesikring.adapters.rest.configuration;

import dk.sygesikring.api.model.CardFeeDto;
import dk.sygesikring.api.model.ConfigurationChangeDto;
import dk.sygesikring.api.model.ConfigurationChangedByDto;
import dk.sygesikring.api.model.ConfigurationScopeDto;
import dk.sygesikring.api.model.EffectiveDateWindowDto;
import dk.sygesikring.api.model.EffectiveDateWindowsDto;
import dk.sygesikring.api.model.GlobalConfigurationDto;
import dk.sygesikring.api.model.LocalConfigurationDto;
import dk.sygesikring.api.model.RemotePrintSupplierDto;
import dk.sygesikring.api.model.RoleDto;
import dk.sygesikring.domain.configuration.CardFee;
import dk.sygesikring.domain.configuration.ConfigurationChange;
import dk.sygesikring.domain.configuration.EffectiveDateWindow;
import dk.sygesikring.domain.configuration.EffectiveDateWindows;
import dk.sygesikring.domain.configuration.GlobalConfiguration;
import dk.sygesikring.domain.configuration.LocalConfiguration;
import dk.sygesikring.domain.configuration.RemotePrintSupplier;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** DTO to draft (the domain validates and names the settings) and configuration to DTO. */
final class ConfigurationDtoMapper {

    private ConfigurationDtoMapper() {
    }

    static GlobalConfiguration.Draft toDraft(GlobalConfigurationDto dto) {
        CardFeeDto fee = dto.getCardFee();
        EffectiveDateWindowsDto windows = dto.getEffectiveDateWindows();
        return new GlobalConfiguration.Draft(dto.getTaskDeadlineDays(), dto.getDistanceLimitKm(),
                dto.getConsentPeriodDays(), dto.getDispensationAnswerDays(), dto.getCardPreOrderDays(),
                dto.getAddressChangeCardDelayDays(), dto.getFifteenYearLetterDelayDays(),
                dto.getVulnerableBirthWindowDays(),
                fee == null ? null : new GlobalConfiguration.CardFeeDraft(fee.getBaseKroner(), fee.getBaseYear(),
                        fee.getYearlyAdjustmentPercent()),
                windows == null ? null : new GlobalConfiguration.WindowsDraft(toDraft(windows.getCitizen()),
                        toDraft(windows.getCaseworker()), toDraft(windows.getSpecialRights())), dto.getRegionalLetterPeriodMaxDays(),
                dto.getFifteenYearLetterCatchUpDays());
    }

    private static GlobalConfiguration.WindowDraft toDraft(EffectiveDateWindowDto window) {
        return window == null ? null : new GlobalConfiguration.WindowDraft(window.getDaysBack(), window.getDaysAhead());
    }

    static LocalConfiguration.Draft toDraft(LocalConfigurationDto dto) {
        RemotePrintSupplierDto supplier = dto.getRemotePrintSupplier();
        return new LocalConfiguration.Draft(dto.getAdHocTaskDeadlineDays(), dto.getPaymentChannels(),
                dto.getHighRoadCodes(),
                supplier == null ? null : new LocalConfiguration.RemotePrintSupplierDraft(supplier.getName(),
                        supplier.getShipmentTypeId(), supplier.getSenderSystemId()),
                dto.getNetsKeyReference(), dto.getSessionTimeoutMinutes());
    }

    static GlobalConfigurationDto toDto(GlobalConfiguration global) {
        Map<String, Integer> deadlines = new LinkedHashMap<>();
        global.taskDeadlines().days().forEach((type, days) -> deadlines.put(type.name(), days.count()));
        return new GlobalConfigurationDto(deadlines, global.distanceLimit().kilometres(), global.consentPeriod().count(),
                global.dispensationAnswerPeriod().count(), global.cardPreOrder().count(),
                global.addressChangeCardDelay().count(), global.fifteenYearLetterDelay().count(),
                global.vulnerableBirthWindow().count(), toDto(global.cardFee()), toDto(global.effectiveDateWindows()),
                global.regionalLetterPeriodMax().count(), global.fifteenYearLetterCatchUp().count());
    }

    private static CardFeeDto toDto(CardFee fee) {
        CardFeeDto dto = new CardFeeDto(plain(fee.baseKroner()), fee.baseYear().getValue());
        if (!fee.yearlyAdjustmentPercent().isEmpty()) {
            Map<String, BigDecimal> percentages = new TreeMap<>();
            fee.yearlyAdjustmentPercent().forEach((year, percent) -> percentages.put(year.toString(), plain(percent)));
            dto.yearlyAdjustmentPercent(percentages);
        }
        return dto;
    }

    /** 190 rather than 190.00 or 1.9E+2. */
    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static EffectiveDateWindowsDto toDto(EffectiveDateWindows windows) {
        return new EffectiveDateWindowsDto(toDto(windows.citizen()), toDto(windows.caseworker()),
                toDto(windows.specialRights()));
    }

    private static EffectiveDateWindowDto toDto(EffectiveDateWindow window) {
        return new EffectiveDateWindowDto(window.back().count(), window.ahead().count());
    }

    static LocalConfigurationDto toDto(LocalConfiguration local) {
        LocalConfigurationDto dto = new LocalConfigurationDto(local.adHocTaskDeadline().count(), local.paymentChannels(),
                local.highRoadCodes(), Math.toIntExact(local.sessionTimeout().toMinutes()))
                .municipalityCode(local.municipality().value());
        local.remotePrintSupplier().ifPresent(supplier -> dto.remotePrintSupplier(toDto(supplier)));
        local.netsKeyReference().ifPresent(dto::netsKeyReference);
        return dto;
    }

    private static RemotePrintSupplierDto toDto(RemotePrintSupplier supplier) {
        return new RemotePrintSupplierDto(supplier.name(), supplier.shipmentTypeId(), supplier.senderSystemId());
    }

    static ConfigurationChangeDto toDto(ConfigurationChange change) {
        ConfigurationChangeDto dto = new ConfigurationChangeDto(change.changedAt().atOffset(ZoneOffset.UTC),
                new ConfigurationChangedByDto(RoleDto.fromValue(change.changedBy().role()), change.changedBy().id()),
                change.isGlobal() ? ConfigurationScopeDto.GLOBAL : ConfigurationScopeDto.LOCAL, change.setting());
        change.municipality().ifPresent(municipality -> dto.municipalityCode(municipality.value()));
        change.oldValue().ifPresent(dto::oldValue);
        change.newValue().ifPresent(dto::newValue);
        return dto;
    }
}

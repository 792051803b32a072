package dk.sygesikring.adapters.persistence.configuration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.math.BigDecimal;
import java.time.Instant;

/** The rows of the configuration tables (V9). */
final class ConfigurationRows {

    private ConfigurationRows() {
    }

    @MappedEntity("global_configuration")
    record GlobalConfigurationRow(@Id boolean id, double distanceLimitKm, int consentPeriodDays,
                                  int dispensationAnswerDays, int cardPreOrderDays, int addressChangeCardDelayDays,
                                  int fifteenYearLetterDelayDays, int vulnerableBirthWindowDays,
                                  BigDecimal cardFeeBaseKroner, int cardFeeBaseYear,
                                  int citizenDaysBack, int citizenDaysAhead, int caseworkerDaysBack,
                                  int caseworkerDaysAhead, int specialRightsDaysBack, int specialRightsDaysAhead,
                                  int regionalLetterPeriodMaxDays, int fifteenYearLetterCatchUpDays) {
    }

    @MappedEntity("task_deadline")
    record TaskDeadlineRow(@Id String taskType, int days) {
    }

    @MappedEntity("card_fee_adjustment")
    record CardFeeAdjustmentRow(@Id int year, BigDecimal percent) {
    }

    @MappedEntity("local_configuration")
    record LocalConfigurationRow(@Id String municipalityCode, int adHocTaskDeadlineDays,
                                 @TypeDef(type = DataType.STRING_ARRAY) String[] paymentChannels,
                                 @TypeDef(type = DataType.STRING_ARRAY) String[] highRoadCodes,
                                 @Nullable String printSupplierName, @Nullable String printShipmentTypeId,
                                 @Nullable String printSenderSystemId, @Nullable String netsKeyReference,
                                 int sessionTimeoutMinutes) {
    }

    @MappedEntity("configuration_change")
    record ConfigurationChangeRow(@Id @GeneratedValue @Nullable Long id, Instant changedAt, String actorRole,
                                  String actorId, @Nullable String municipalityCode, String setting,
                                  @Nullable String oldValue, @Nullable String newValue) {
    }
}

package dk.sygesikring.adapters.rest.card;

import dk.sygesikring.adapters.rest.forloeb.ForloebDtoMapper;
import dk.sygesikring.api.model.CardOrderFeeDecisionDto;
import dk.sygesikring.api.model.CardOrderPaymentDto;
import dk.sygesikring.api.model.CardOrderReasonDto;
import dk.sygesikring.api.model.CardOrderReportByPaymentInnerDto;
import dk.sygesikring.api.model.CardOrderReportByReasonInnerDto;
import dk.sygesikring.api.model.CardOrderReportDto;
import dk.sygesikring.api.model.CardOrderReportRowDto;
import dk.sygesikring.api.model.CardOrderReportRowStatusDto;
import dk.sygesikring.api.model.CardOrderReportTotalsChargedDto;
import dk.sygesikring.api.model.CardOrderReportTotalsDto;
import dk.sygesikring.api.model.CardOrderReportTotalsFreeByExemptionInnerDto;
import dk.sygesikring.api.model.CardOrderReportTotalsFreeDto;
import dk.sygesikring.api.model.CardOrderReportTotalsNotOrderedDto;
import dk.sygesikring.api.model.FeeExemptionDto;
import dk.sygesikring.api.model.FeeExemptionNameDto;
import dk.sygesikring.domain.card.CardFeeDecision;
import dk.sygesikring.domain.card.CardOrderReport;
import dk.sygesikring.domain.card.CardOrderReportRow;
import dk.sygesikring.domain.card.CardOrderReportTotals;
import dk.sygesikring.domain.card.NotOrderedBecause;
import java.math.BigDecimal;

/** The AUD-2 report as the contract's {@code CardOrderReport}; money always with two decimals. */
final class CardOrderReportDtoMapper {

    private CardOrderReportDtoMapper() {
    }

    static CardOrderReportDto toDto(CardOrderReport report) {
        return new CardOrderReportDto(report.municipality().value(), report.period().from(), report.period().to(),
                totals(report.totals()),
                report.byReason().stream().map(line -> new CardOrderReportByReasonInnerDto(
                        CardOrderReasonDto.valueOf(line.reason().name()), line.orders(), kroner(line.dueKroner()))).toList(),
                report.byPayment().stream().map(line -> new CardOrderReportByPaymentInnerDto(
                        CardOrderPaymentDto.valueOf(line.payment().name()), line.orders(), kroner(line.dueKroner()))
                        .paymentChannel(line.paymentChannel().orElse(null))).toList(),
                report.rows().stream().map(CardOrderReportDtoMapper::row).toList());
    }

    private static CardOrderReportTotalsDto totals(CardOrderReportTotals totals) {
        return new CardOrderReportTotalsDto(totals.orders(), totals.cardsMade(),
                new CardOrderReportTotalsChargedDto(totals.chargedOrders(), kroner(totals.chargedDueKroner())),
                new CardOrderReportTotalsFreeDto(totals.freeOrders(),
                        totals.freeByExemption().entrySet().stream().map(entry -> new CardOrderReportTotalsFreeByExemptionInnerDto(
                                new FeeExemptionDto(entry.getKey().number(), FeeExemptionNameDto.valueOf(entry.getKey().name()),
                                        entry.getKey().danishText()), entry.getValue())).toList(),
                        totals.freeNotThePersonsDoing()),
                totals.cancelled(), totals.refusedBySupplier(),
                new CardOrderReportTotalsNotOrderedDto(totals.notOrdered().get(NotOrderedBecause.HIGH_ROAD_CODE),
                        totals.notOrdered().get(NotOrderedBecause.IDENTICAL_CARD),
                        totals.notOrdered().get(NotOrderedBecause.PHYSICAL_CARD_OPT_OUT)));
    }

    private static CardOrderReportRowDto row(CardOrderReportRow row) {
        CardOrderFeeDecisionDto decision = switch (row.fee()) {
            case CardFeeDecision.Charged charged -> CardOrderFeeDecisionDto.CHARGED;
            case CardFeeDecision.Exempt exempt -> CardOrderFeeDecisionDto.EXEMPT;
            case CardFeeDecision.NotThePersonsDoing none -> CardOrderFeeDecisionDto.NOT_THE_PERSONS_DOING;
        };
        CardOrderReportRowDto dto = new CardOrderReportRowDto(row.cardOrderId(), ForloebDtoMapper.time(row.createdAt()),
                row.cpr().value(), CardOrderReasonDto.valueOf(row.reason().name()), kroner(row.fee().kroner()), decision,
                CardOrderPaymentDto.valueOf(row.payment().name()), CardOrderReportRowStatusDto.valueOf(row.status().name()));
        if (row.fee() instanceof CardFeeDecision.Exempt exempt) {
            dto.exemptionNumber(exempt.exemption().number());
        }
        row.paymentChannel().ifPresent(dto::paymentChannel);
        row.notOrderedBecause().ifPresent(because -> dto.notOrderedRule(because.rule()));
        return dto;
    }

    private static BigDecimal kroner(BigDecimal amount) {
        return amount.setScale(2);
    }
}

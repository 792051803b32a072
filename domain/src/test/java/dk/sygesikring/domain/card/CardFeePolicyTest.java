package dk.sygesikring.domain.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.domain.configuration.CardFee;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CardFeePolicyTest {

    private static final LocalDate ORDERED_ON = LocalDate.of(2026, 12, 3);
    /** 190 kr at 2015 level, adjusted 5 % in 2020 to 199.50 kr: 200 kr from then on. */
    private static final CardFeePolicy POLICY = new CardFeePolicy(new CardFee(new BigDecimal("190"), Year.of(2015),
            new TreeMap<>(Map.of(Year.of(2020), new BigDecimal("5.00")))));

    @Test
    @DisplayName("CARD-3 charged: loss, damage and the person's own decisions cost the year's fee")
    void CARD3_charged() {
        for (CardOrderReason reason : new CardOrderReason[] {CardOrderReason.LOST, CardOrderReason.DAMAGED,
                CardOrderReason.CHANGED_DETAILS, CardOrderReason.DOCTOR_CHANGE, CardOrderReason.GROUP_CHANGE,
                CardOrderReason.NAME_CHANGE}) {
            assertThat(POLICY.feeFor(reason, Optional.empty(), ORDERED_ON)).as(reason.name())
                    .isEqualTo(new CardFeeDecision.Charged(new BigDecimal("200")));
        }
    }

    @Test
    @DisplayName("CARD-3 exemptions 1-7 and 9: each is free and says which exemption it is")
    void CARD3_exemptions() {
        Map<CardOrderReason, FeeExemption> exemptions = Map.of(
                CardOrderReason.GENERAL_ISSUE, FeeExemption.GENERAL_ISSUE,
                CardOrderReason.FIRST_ENTITLEMENT, FeeExemption.FIRST_ENTITLEMENT,
                CardOrderReason.RESTING_ACTIVE_TRANSITION, FeeExemption.RESTING_ACTIVE_TRANSITION,
                CardOrderReason.CPR_NUMBER_CHANGE, FeeExemption.CPR_NUMBER_CHANGE,
                CardOrderReason.DOCTOR_CHANGE_BY_PRACTICE_OR_REGION, FeeExemption.DOCTOR_OR_REGION_DECISION,
                CardOrderReason.MOVE, FeeExemption.MOVE,
                CardOrderReason.NAME_CHANGE_AT_MARRIAGE, FeeExemption.NAME_CHANGE_AT_MARRIAGE,
                CardOrderReason.DEFECTIVE_MAGNETIC_STRIPE, FeeExemption.DEFECTIVE_MAGNETIC_STRIPE);
        exemptions.forEach((reason, exemption) -> {
            CardFeeDecision decision = POLICY.feeFor(reason, Optional.empty(), ORDERED_ON);
            assertThat(decision).as(reason.name()).isEqualTo(new CardFeeDecision.Exempt(exemption));
            assertThat(decision.kroner()).isEqualByComparingTo("0");
            assertThat(decision.isCharged()).isFalse();
        });
        assertThat(Arrays.stream(FeeExemption.values()).map(FeeExemption::number).collect(Collectors.toList()))
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    @DisplayName("CARD-3 exemption 8: a cracked card more than 4 years old is free; at exactly 4 years it is damage and charged")
    void CARD3_crackedCardOverFourYears() {
        assertThat(POLICY.feeFor(CardOrderReason.CRACKED, Optional.of(ORDERED_ON.minusYears(4).minusDays(1)), ORDERED_ON))
                .isEqualTo(new CardFeeDecision.Exempt(FeeExemption.CRACKED_CARD_OVER_FOUR_YEARS));
        assertThat(POLICY.feeFor(CardOrderReason.CRACKED, Optional.of(ORDERED_ON.minusYears(4)), ORDERED_ON))
                .isEqualTo(new CardFeeDecision.Charged(new BigDecimal("200")));
        assertThat(POLICY.feeFor(CardOrderReason.CRACKED, Optional.of(ORDERED_ON.minusYears(1)), ORDERED_ON).isCharged()).isTrue();
        assertThatThrownBy(() -> POLICY.feeFor(CardOrderReason.CRACKED, Optional.empty(), ORDERED_ON))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("CARD-3 exemption 9 against misuse: a defective stripe is free, a stripe damaged by misuse is damage and charged")
    void CARD3_magneticStripe() {
        assertThat(POLICY.feeFor(CardOrderReason.DEFECTIVE_MAGNETIC_STRIPE, Optional.empty(), ORDERED_ON).isCharged()).isFalse();
        assertThat(POLICY.feeFor(CardOrderReason.DAMAGED, Optional.empty(), ORDERED_ON).isCharged()).isTrue();
    }

    @Test
    @DisplayName("CARD-3: a card that is neither lost, damaged nor the person's decision (a technical address change) is free")
    void CARD3_notThePersonsDoing() {
        assertThat(POLICY.feeFor(CardOrderReason.CPR_EVENT, Optional.empty(), ORDERED_ON))
                .isEqualTo(new CardFeeDecision.NotThePersonsDoing());
    }

    @ParameterizedTest
    @EnumSource(CardOrderReason.class)
    @DisplayName("CARD-3: every reason gets a decision, and only the charged ones cost more than 0 kr")
    void CARD3_everyReasonDecided(CardOrderReason reason) {
        CardFeeDecision decision = POLICY.feeFor(reason, Optional.of(ORDERED_ON.minusYears(10)), ORDERED_ON);
        assertThat(decision.isCharged()).isEqualTo(decision instanceof CardFeeDecision.Charged);
    }

    @Test
    @DisplayName("CARD-3 rounding at its boundary: an adjusted fee of ...2.49 kr is charged ...0 kr, of ...2.50 kr ...5 kr")
    void CARD3_roundingBoundary() {
        assertThat(feeOf("192.49")).isEqualByComparingTo("190");
        assertThat(feeOf("192.50")).isEqualByComparingTo("195");
        assertThat(feeOf("197.49")).isEqualByComparingTo("195");
        assertThat(feeOf("197.50")).isEqualByComparingTo("200");
    }

    @Test
    @DisplayName("CARD-3: the fee is that of the order's year, with each year's adjustment from the configuration")
    void CARD3_yearOfTheOrder() {
        CardFeePolicy policy = new CardFeePolicy(new CardFee(new BigDecimal("190"), Year.of(2015), new TreeMap<>(Map.of(
                Year.of(2025), new BigDecimal("10"), Year.of(2026), new BigDecimal("10")))));
        assertThat(policy.feeFor(CardOrderReason.LOST, Optional.empty(), LocalDate.of(2024, 12, 31)).kroner()).isEqualByComparingTo("190");
        assertThat(policy.feeFor(CardOrderReason.LOST, Optional.empty(), LocalDate.of(2025, 1, 1)).kroner()).isEqualByComparingTo("210");
        assertThat(policy.feeFor(CardOrderReason.LOST, Optional.empty(), LocalDate.of(2026, 6, 1)).kroner()).isEqualByComparingTo("230");
    }

    @Test
    @DisplayName("DOC-12: each person pays for their own card: a mother and two children changing doctor pay three fees")
    void DOC12_feePerPerson() {
        BigDecimal total = BigDecimal.ZERO;
        for (int person = 0; person < 3; person++) {
            total = total.add(POLICY.feeFor(CardOrderReason.DOCTOR_CHANGE, Optional.empty(), ORDERED_ON).kroner());
        }
        assertThat(total).isEqualByComparingTo("600");
    }

    /** The fee of a base amount with no adjustment: the rounding alone. */
    private static BigDecimal feeOf(String baseKroner) {
        return new CardFeePolicy(new CardFee(new BigDecimal(baseKroner), Year.of(2015), new TreeMap<>()))
                .feeFor(CardOrderReason.LOST, Optional.empty(), ORDERED_ON).kroner();
    }
}

package dk.sygesikring.domain.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CardFeeTest {

    @Test
    @DisplayName("CARD-3 amount only: 190 kr at 2015 level, adjusted yearly by the configured percentage, rounded to the nearest 5 kr")
    void CARD3_amount() {
        TreeMap<Year, BigDecimal> percentages = new TreeMap<>();
        percentages.put(Year.of(2016), new BigDecimal("1.5"));   // 192.85
        percentages.put(Year.of(2017), new BigDecimal("2.0"));   // 196.707
        percentages.put(Year.of(2019), new BigDecimal("-1.2"));  // 2018 not listed: not adjusted; 194.346...
        percentages.put(Year.of(2020), new BigDecimal("3"));     // 200.176...
        CardFee fee = new CardFee(new BigDecimal("190"), Year.of(2015), percentages);

        assertThat(fee.amountIn(Year.of(2015))).isEqualByComparingTo("190");
        assertThat(fee.amountIn(Year.of(2016))).isEqualByComparingTo("195");
        assertThat(fee.amountIn(Year.of(2017))).isEqualByComparingTo("195");
        assertThat(fee.amountIn(Year.of(2018))).isEqualByComparingTo("195");
        assertThat(fee.amountIn(Year.of(2019))).isEqualByComparingTo("195");
        assertThat(fee.amountIn(Year.of(2020))).isEqualByComparingTo("200");
        assertThat(fee.amountIn(Year.of(2030))).isEqualByComparingTo("200");
        assertThatThrownBy(() -> fee.amountIn(Year.of(2014))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("CARD-3 amount only: halfway between two multiples of 5 kr rounds up")
    void CARD3_rounding() {
        TreeMap<Year, BigDecimal> percentages = new TreeMap<>();
        percentages.put(Year.of(2016), new BigDecimal("1.25")); // 202.5
        CardFee fee = new CardFee(new BigDecimal("200"), Year.of(2015), percentages);

        assertThat(fee.amountIn(Year.of(2016))).isEqualByComparingTo("205");
        assertThat(new CardFee(new BigDecimal("192.49"), Year.of(2015), new TreeMap<>()).amountIn(Year.of(2015)))
                .isEqualByComparingTo("190");
    }
}

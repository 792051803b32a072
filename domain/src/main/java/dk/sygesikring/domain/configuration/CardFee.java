package dk.sygesikring.domain.configuration;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The card fee of CARD-3 as configuration (CFG-1): a base amount at the level of a base year (190 kr at 2015 level),
 * adjusted once a year by that year's rate-adjustment percentage (satsreguleringsprocent); the adjusted amount is
 * rounded to the nearest amount divisible by 5 kr. Which cards carry the fee is CARD-3's business, not this.
 *
 * @param yearlyAdjustmentPercent the percentage of each year after the base year; a year not listed is not adjusted
 */
public record CardFee(BigDecimal baseKroner, Year baseYear, SortedMap<Year, BigDecimal> yearlyAdjustmentPercent) {

    static final BigDecimal MOST_KRONER = new BigDecimal(10_000);
    static final BigDecimal HUNDRED = new BigDecimal(100);
    static final BigDecimal ROUND_TO = new BigDecimal(5);
    static final Year FIRST_YEAR = Year.of(1990);
    static final Year LAST_YEAR = Year.of(2100);

    public CardFee {
        checkBase(baseKroner);
        checkYear(baseYear);
        TreeMap<Year, BigDecimal> adjustments = new TreeMap<>();
        for (Map.Entry<Year, BigDecimal> entry : yearlyAdjustmentPercent.entrySet()) {
            checkAdjustmentYear(entry.getKey(), baseYear);
            checkPercent(entry.getValue());
            adjustments.put(entry.getKey(), entry.getValue());
        }
        yearlyAdjustmentPercent = Collections.unmodifiableSortedMap(adjustments);
    }

    /** The fee in {@code year}: the base adjusted by every percentage after the base year up to {@code year}. */
    public BigDecimal amountIn(Year year) {
        if (year.isBefore(baseYear)) {
            throw new IllegalArgumentException("the fee is defined from " + baseYear + ", not for " + year);
        }
        BigDecimal amount = baseKroner;
        for (BigDecimal percent : yearlyAdjustmentPercent.headMap(year.plusYears(1)).values()) {
            amount = amount.multiply(BigDecimal.ONE.add(percent.divide(HUNDRED, MathContext.DECIMAL64)), MathContext.DECIMAL64);
        }
        return amount.divide(ROUND_TO, 0, RoundingMode.HALF_UP).multiply(ROUND_TO);
    }

    static BigDecimal checkBase(BigDecimal kroner) {
        Objects.requireNonNull(kroner, "baseKroner");
        if (kroner.signum() <= 0) {
            throw new IllegalArgumentException("must be more than 0 kr");
        }
        if (kroner.compareTo(MOST_KRONER) > 0) {
            throw new IllegalArgumentException("must be at most " + MOST_KRONER + " kr");
        }
        if (kroner.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("must be in whole øre (at most 2 decimals)");
        }
        return kroner;
    }

    static Year checkYear(Year year) {
        Objects.requireNonNull(year, "year");
        if (year.isBefore(FIRST_YEAR) || year.isAfter(LAST_YEAR)) {
            throw new IllegalArgumentException("must be a year from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return year;
    }

    static Year checkAdjustmentYear(Year year, Year baseYear) {
        checkYear(year);
        if (baseYear != null && !year.isAfter(baseYear)) {
            throw new IllegalArgumentException("an adjustment is for a year after the base year " + baseYear);
        }
        return year;
    }

    static BigDecimal checkPercent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        if (percent.compareTo(HUNDRED.negate()) <= 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("must be a percentage above -100 and at most 100");
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("must have at most 2 decimals");
        }
        return percent;
    }
}

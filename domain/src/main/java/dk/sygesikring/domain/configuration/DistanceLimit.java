package dk.sygesikring.domain.configuration;

import java.math.BigDecimal;

/**
 * The distance from the person's address within which practitioners are on the personal choice list (DOC-2) and
 * are counted as open doctors nearby (DOC-3). Global configuration (CFG-1).
 * A practitioner exactly at the limit is within it. The great-circle distance of two coordinates carries
 * floating-point noise in the last digits, so the comparison allows {@value #TOLERANCE_KILOMETRES} km (1 mm).
 */
public record DistanceLimit(double kilometres) {

    static final double TOLERANCE_KILOMETRES = 0.000001;

    public DistanceLimit {
        if (!(kilometres > 0) || Double.isInfinite(kilometres)) {
            throw new IllegalArgumentException("a distance limit is a positive number of kilometres: " + kilometres);
        }
    }

    public boolean includes(double distanceKilometres) {
        return distanceKilometres <= kilometres + TOLERANCE_KILOMETRES;
    }

    /** "15 km", "12.5 km". */
    public String describe() {
        return BigDecimal.valueOf(kilometres).stripTrailingZeros().toPlainString() + " km";
    }
}

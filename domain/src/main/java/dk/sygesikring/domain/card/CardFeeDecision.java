package dk.sygesikring.domain.card;

import java.math.BigDecimal;
import java.util.Objects;

/** Whether one card costs a fee, and why (CARD-3). */
public sealed interface CardFeeDecision {

    /** What the person pays for this card; zero when free. */
    BigDecimal kroner();

    default boolean isCharged() {
        return kroner().signum() > 0;
    }

    /** Loss, damage or the person's own decision: the year's fee. */
    record Charged(BigDecimal kroner) implements CardFeeDecision {
        public Charged {
            Objects.requireNonNull(kroner, "kroner");
            if (kroner.signum() <= 0 || kroner.stripTrailingZeros().scale() > 2) {
                throw new IllegalArgumentException("a charged fee is more than 0 kr, in whole øre: " + kroner);
            }
            kroner = kroner.setScale(2); // kroner and øre, as stored
        }
    }

    /** One of the nine exemptions. */
    record Exempt(FeeExemption exemption) implements CardFeeDecision {
        public Exempt {
            Objects.requireNonNull(exemption, "exemption");
        }

        @Override
        public BigDecimal kroner() {
            return BigDecimal.ZERO;
        }
    }

    /** Neither loss, damage nor the person's own decision (e.g. a technical change of the street name, CARD-7). */
    record NotThePersonsDoing() implements CardFeeDecision {
        @Override
        public BigDecimal kroner() {
            return BigDecimal.ZERO;
        }
    }
}

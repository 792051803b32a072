package dk.sygesikring.domain.doctorchoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DistanceLimitTest {

    @Test
    @DisplayName("DOC-2 the default distance limit is 15 km and includes its own boundary")
    void DOC2_default_limit() {
        assertThat(DistanceLimit.DEFAULT.kilometres()).isEqualTo(15.0);
        assertThat(DistanceLimit.DEFAULT.includes(15.0)).isTrue();
        assertThat(DistanceLimit.DEFAULT.includes(15.000000000000215)).isTrue();
        assertThat(DistanceLimit.DEFAULT.includes(15.00001)).isFalse();
    }

    @Test
    @DisplayName("DOC-2 the limit reads as it is configured: 15 km, 12.5 km")
    void DOC2_describe() {
        assertThat(DistanceLimit.DEFAULT.describe()).isEqualTo("15 km");
        assertThat(new DistanceLimit(12.5).describe()).isEqualTo("12.5 km");
        assertThat(new DistanceLimit(10).describe()).isEqualTo("10 km");
    }

    @Test
    @DisplayName("DOC-2 a distance limit is a positive number of kilometres")
    void DOC2_positive() {
        assertThatThrownBy(() -> new DistanceLimit(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DistanceLimit(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}

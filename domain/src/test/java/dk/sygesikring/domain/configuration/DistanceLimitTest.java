package dk.sygesikring.domain.configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DistanceLimitTest {

    @Test
    @DisplayName("DOC-2 a distance limit includes its own boundary, allowing the floating-point noise of 1 mm")
    void DOC2_limit_includes_boundary() {
        DistanceLimit fifteen = new DistanceLimit(15);

        assertThat(fifteen.includes(15.0)).isTrue();
        assertThat(fifteen.includes(15.000000000000215)).isTrue();
        assertThat(fifteen.includes(15.00001)).isFalse();
    }

    @Test
    @DisplayName("DOC-2 the limit reads as it is configured: 15 km, 12.5 km")
    void DOC2_describe() {
        assertThat(new DistanceLimit(15).describe()).isEqualTo("15 km");
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

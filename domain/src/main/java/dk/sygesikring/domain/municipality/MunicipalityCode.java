package dk.sygesikring.domain.municipality;

import dk.sygesikring.domain.value.Digits;
import java.util.Objects;

/** A kommunekode: the three-digit code of one of the 98 municipalities (e.g. 101 København). */
public record MunicipalityCode(String value) {

    public MunicipalityCode {
        Objects.requireNonNull(value, "municipality code");
        if (!Digits.exactly(value, 3)) {
            throw new IllegalArgumentException("a municipality code (kommunekode) has 3 digits: " + value);
        }
    }

    public static MunicipalityCode of(String value) {
        return new MunicipalityCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package dk.sygesikring.domain.practitioner;

import dk.sygesikring.domain.value.Digits;
import java.util.Objects;

/** A ydernummer: the 6-digit provider number of a practitioner (DOC-1). */
public record ProviderNumber(String value) {

    public ProviderNumber {
        Objects.requireNonNull(value, "provider number");
        if (!Digits.exactly(value, 6)) {
            throw new IllegalArgumentException("a provider number (ydernummer) has 6 digits: " + value);
        }
    }

    public static ProviderNumber of(String value) {
        return new ProviderNumber(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

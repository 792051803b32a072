package dk.sygesikring.domain.value;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigitsTest {

    @ParameterizedTest(name = "\"{0}\" is {1} digits: {2}")
    @CsvSource(nullValues = "null", value = {
            "101, 3, true",
            "000, 3, true",
            "10, 3, false",
            "1010, 3, false",
            "1a1, 3, false",
            "'1 1', 3, false",
            "'', 0, true",
            "null, 3, false",
            // digits of other scripts (Arabic-Indic) are not ASCII digits, as \\d in Java's regex is not either
            "'١٠١', 3, false",
            "0101901234, 10, true",
            "010190-1234, 10, false"})
    void is_exactly_so_many_ascii_digits(String text, int length, boolean expected) {
        assertThat(Digits.exactly(text, length)).isEqualTo(expected);
        if (text != null) {
            assertThat(Digits.exactly(text, length)).as("the same as the regular expression")
                    .isEqualTo(text.matches("\\d{" + length + "}"));
        }
    }
}

package dk.sygesikring.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CprTest {

    @ParameterizedTest(name = "PER-1 {0} is born {1}")
    @CsvSource({
            "0101801231, 1980-01-01",  // 7th digit 1: 1900s
            "2902004321, 2000-02-29",  // 7th digit 4, year <= 36: 2000s, and a leap day
            "0101404231, 1940-01-01",  // 7th digit 4, year > 36: 1900s
            "0101155231, 2015-01-01",  // 7th digit 5-8, year <= 57: 2000s
            "0101705231, 1870-01-01",  // 7th digit 5-8, year > 57: 1800s
            "3112999231, 1999-12-31"   // 7th digit 9, year > 36: 1900s
    })
    @DisplayName("PER-1 the birth date follows from the number and the century digit")
    void PER1_the_birth_date_follows_from_the_number_and_the_century_digit(String cpr, LocalDate birthDate) {
        assertThat(Cpr.of(cpr).birthDate()).isEqualTo(birthDate);
    }

    @ParameterizedTest(name = "PER-1 \"{0}\" is not a CPR number")
    @ValueSource(strings = {"", "123456789", "01018012345", "010180-1231", "01018O1231", "3102801231", "2902014321", "0013801231"})
    @DisplayName("PER-1 a cpr number is ten digits whose first six are a real date")
    void PER1_a_cpr_number_is_ten_digits_whose_first_six_are_a_real_date(String candidate) {
        assertThat(Cpr.problemWith(candidate)).isPresent();
        assertThatThrownBy(() -> Cpr.of(candidate)).isInstanceOf(InvalidCprException.class);
    }

    @Test
    @DisplayName("PER-1 gender follows the parity of the last digit")
    void PER1_gender_follows_the_parity_of_the_last_digit() {
        assertThat(Cpr.of("0101801231").gender()).isEqualTo(Gender.MALE);
        assertThat(Cpr.of("0101801232").gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void the_reason_a_number_is_rejected_is_said_in_words() {
        assertThat(Cpr.problemWith("12345")).contains("a CPR number has exactly 10 digits (DDMMYY + 4), without a hyphen");
        assertThat(Cpr.problemWith("3102801231")).contains("the first six digits of a CPR number must be a real date (DDMMYY)");
    }
}

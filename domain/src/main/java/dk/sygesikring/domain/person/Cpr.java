package dk.sygesikring.domain.person;

import dk.sygesikring.domain.value.Digits;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A CPR number (PER-1): ten digits, DDMMYY followed by a four-digit serial number.
 * The century of the birth year follows from the first digit of the serial number
 * (CPR-kontoret's table); the birth date must be a real date. No modulus-11 check:
 * CPR has issued numbers that fail it since 2007.
 */
public record Cpr(String value) implements Comparable<Cpr> {

    public Cpr {
        Objects.requireNonNull(value, "cpr");
        Optional<String> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new InvalidCprException(problem.get());
        }
    }

    /** Why {@code candidate} is not a CPR number, or empty when it is one. */
    public static Optional<String> problemWith(String candidate) {
        if (candidate == null || !Digits.exactly(candidate, 10)) {
            return Optional.of("a CPR number has exactly 10 digits (DDMMYY + 4), without a hyphen");
        }
        try {
            birthDateOf(candidate);
            return Optional.empty();
        } catch (DateTimeException e) {
            return Optional.of("the first six digits of a CPR number must be a real date (DDMMYY)");
        }
    }

    public static Cpr of(String value) {
        return new Cpr(value);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** By convention an odd last digit is a man, an even one a woman. */
    public Gender gender() {
        return (value.charAt(9) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    private static LocalDate birthDateOf(String digits) {
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        int yy = Integer.parseInt(digits.substring(4, 6));
        int centuryDigit = digits.charAt(6) - '0';
        return LocalDate.of(century(centuryDigit, yy) + yy, month, day);
    }

    private static int century(int digit, int yy) {
        return switch (digit) {
            case 0, 1, 2, 3 -> 1900;
            case 4, 9 -> yy <= 36 ? 2000 : 1900;
            default -> yy <= 57 ? 2000 : 1800;
        };
    }

    @Override
    public int compareTo(Cpr other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

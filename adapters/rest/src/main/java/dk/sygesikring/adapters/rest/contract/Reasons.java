package dk.sygesikring.adapters.rest.contract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What a value must be, in the words a person reads in {@code invalidParams[].reason}: no Java, no parser offsets. */
final class Reasons {

    static final String REQUIRED = "is required";
    static final String GIVEN_TWICE = "is given twice";
    static final String NOT_A_FIELD = "is not a field of this request";
    static final String JSON_OBJECT = "must be a JSON object";
    static final String EXAMPLE_UUID = "8b7e4c1e-5d2a-4f0e-9a51-0c3f2d6b7a10";
    /** The formats of text the check holds a value to; others (int32, double, ...) say how a number is stored. */
    private static final Set<String> FORMATS = Set.of("date", "date-time", "uuid");
    /** {@code ^[0-9]{6}$}, {@code ^\d{3,4}$}: said as digits. */
    private static final Pattern DIGITS = Pattern.compile("\\^(?:\\[0-9]|\\\\d)\\{(\\d+)(?:,(\\d+))?}\\$");

    private Reasons() {
    }

    static String type(String type) {
        return switch (type) {
            case "integer" -> "must be a whole number";
            case "number" -> "must be a number";
            case "boolean" -> "must be true or false";
            case "string" -> "must be text";
            case "array" -> "must be a list";
            case "object" -> "must be an object";
            default -> "must be of type " + type;
        };
    }

    static boolean isCheckedFormat(String format) {
        return format != null && FORMATS.contains(format);
    }

    static String format(String format) {
        return switch (format) {
            case "date" -> "must be a date like 2026-12-01";
            case "date-time" -> "must be a date and time like 2026-12-01T10:00:00Z";
            case "uuid" -> "must be a UUID like " + EXAMPLE_UUID;
            default -> throw new IllegalArgumentException("no reason for the format " + format);
        };
    }

    static String oneOf(List<Object> values) {
        return "must be one of " + values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    static String pattern(Pattern pattern) {
        Matcher digits = DIGITS.matcher(pattern.pattern());
        if (digits.matches()) {
            return digits.group(2) == null ? "must be " + digits.group(1) + " digits"
                    : "must be " + digits.group(1) + " to " + digits.group(2) + " digits";
        }
        return "must match the pattern " + pattern.pattern();
    }

    static String minLength(int length) {
        return length == 1 ? "must not be empty" : "must be at least " + length + " characters";
    }

    static String maxLength(int length) {
        return "must be at most " + length + " characters";
    }

    static String minimum(BigDecimal minimum, boolean exclusive) {
        return (exclusive ? "must be more than " : "must be at least ") + plain(minimum);
    }

    static String maximum(BigDecimal maximum, boolean exclusive) {
        return (exclusive ? "must be less than " : "must be at most ") + plain(maximum);
    }

    static String multipleOf(BigDecimal step) {
        return "must be a multiple of " + plain(step);
    }

    static String minItems(int count) {
        return "must have at least " + count + (count == 1 ? " entry" : " entries");
    }

    static String maxItems(int count) {
        return "must have at most " + count + (count == 1 ? " entry" : " entries");
    }

    static String uniqueItems() {
        return "must not have the same entry twice";
    }

    static String minProperties(int count) {
        return "must have at least " + count + (count == 1 ? " field" : " fields");
    }

    static String maxProperties(int count) {
        return "must have at most " + count + (count == 1 ? " field" : " fields");
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}

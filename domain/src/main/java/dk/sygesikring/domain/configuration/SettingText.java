package dk.sygesikring.domain.configuration;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** How a setting's value is written in the change audit: plain numbers, and lists as JSON arrays of strings. */
final class SettingText {

    private SettingText() {
    }

    /** "15", "12.5", "2.1": no trailing zeros, no exponent. */
    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** ["Gebyrfrit","Kommune-Kasse"]: unambiguous whatever the entries hold. */
    static String list(List<String> values) {
        return values.stream().map(SettingText::quoted).collect(Collectors.joining(",", "[", "]"));
    }

    private static String quoted(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}

package dk.sygesikring.adapters.rest.contract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as it was written, before any conversion: {@code 2}, {@code 2.0} and {@code "2"} stay three different
 * values, so the request check can hold each to the type the contract gives it.
 */
sealed interface JsonValue {

    record JsonObject(Map<String, JsonValue> fields) implements JsonValue {
    }

    record JsonArray(List<JsonValue> items) implements JsonValue {
    }

    record JsonString(String value) implements JsonValue {
    }

    /** @param integral written without a fraction or exponent ({@code 2}, not {@code 2.0} or {@code 2e0}) */
    record JsonNumber(BigDecimal value, boolean integral) implements JsonValue {
    }

    record JsonBoolean(boolean value) implements JsonValue {
    }

    record JsonNull() implements JsonValue {
    }
}

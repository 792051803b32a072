package dk.sygesikring.adapters.rest.contract;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the contract says a value must be: the JSON Schema keywords of OpenAPI 3.0 that a request can be held to.
 * Null fields are keywords the contract does not use for this value.
 *
 * @param additionalProperties for an object: empty when any other field is allowed, a schema the others must meet,
 *                             or {@link #NO_OTHER_FIELDS}
 */
record Schema(String type, String format, List<Object> enumValues, Pattern pattern, Integer minLength, Integer maxLength,
              BigDecimal minimum, boolean exclusiveMinimum, BigDecimal maximum, boolean exclusiveMaximum, BigDecimal multipleOf,
              Integer minItems, Integer maxItems, boolean uniqueItems, Integer minProperties, Integer maxProperties,
              Set<String> required, Map<String, Schema> properties, Optional<Schema> additionalProperties, Schema items) {

    /** Stands for {@code additionalProperties: false}. */
    static final Schema NO_OTHER_FIELDS = new Schema("none", null, null, null, null, null, null, false, null, false, null,
            null, null, false, null, null, Set.of(), Map.of(), Optional.empty(), null);

    Schema {
        required = required == null ? Set.of() : Set.copyOf(required);
        // in the contract's order, so that problems are named in the order a reader of the contract expects
        properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        enumValues = enumValues == null ? null : List.copyOf(enumValues);
        additionalProperties = additionalProperties == null ? Optional.empty() : additionalProperties;
    }

    /** Both at once ({@code allOf}): a keyword either part sets, and the fields and required fields of both. */
    Schema and(Schema other) {
        Set<String> bothRequired = new HashSet<>(required);
        bothRequired.addAll(other.required);
        Map<String, Schema> bothProperties = new LinkedHashMap<>(properties);
        bothProperties.putAll(other.properties);
        return new Schema(either(type, other.type), either(format, other.format), either(enumValues, other.enumValues),
                either(pattern, other.pattern), either(minLength, other.minLength), either(maxLength, other.maxLength),
                either(minimum, other.minimum), exclusiveMinimum || other.exclusiveMinimum,
                either(maximum, other.maximum), exclusiveMaximum || other.exclusiveMaximum, either(multipleOf, other.multipleOf),
                either(minItems, other.minItems), either(maxItems, other.maxItems), uniqueItems || other.uniqueItems,
                either(minProperties, other.minProperties), either(maxProperties, other.maxProperties),
                bothRequired, bothProperties, additionalProperties.or(() -> other.additionalProperties), either(items, other.items));
    }

    private static <T> T either(T mine, T theirs) {
        return mine != null ? mine : theirs;
    }
}

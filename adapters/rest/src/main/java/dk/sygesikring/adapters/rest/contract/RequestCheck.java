package dk.sygesikring.adapters.rest.contract;

import dk.sygesikring.adapters.rest.contract.JsonValue.JsonArray;
import dk.sygesikring.adapters.rest.contract.JsonValue.JsonBoolean;
import dk.sygesikring.adapters.rest.contract.JsonValue.JsonNull;
import dk.sygesikring.adapters.rest.contract.JsonValue.JsonNumber;
import dk.sygesikring.adapters.rest.contract.JsonValue.JsonObject;
import dk.sygesikring.adapters.rest.contract.JsonValue.JsonString;
import dk.sygesikring.api.model.InvalidParamDto;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Holds a request to its operation in the contract, strictly: a value is exactly the type the contract gives it
 * ({@code "2"} is not the integer 2, {@code 1.5} is not a whole number, {@code yes} is not {@code true}) and within its
 * format, pattern, length, range and enum. Every offending value is named as the contract spells it: a parameter or
 * header by its name, a body field by its path ({@code persons[0].consent}), the body as a whole as {@code body}.
 * A {@code null} counts as absent; fields the contract does not name are let through unless it forbids them.
 */
final class RequestCheck {

    static final String BODY = "body";
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final BigDecimal INT32_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT32_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal INT64_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal INT64_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final List<InvalidParamDto> problems = new ArrayList<>();

    private RequestCheck() {
    }

    /**
     * The operation's path, query and header parameters.
     *
     * @param path    the path variables the router matched
     * @param query   every value of a query parameter, by name
     * @param headers every value of a header, by name
     */
    static List<InvalidParamDto> parameters(Operation operation, Map<String, String> path,
                                            Function<String, List<String>> query, Function<String, List<String>> headers) {
        RequestCheck check = new RequestCheck();
        for (Parameter parameter : operation.parameters()) {
            List<String> values = switch (parameter.in()) {
                case "path" -> path.containsKey(parameter.name()) ? List.of(path.get(parameter.name())) : List.of();
                case "query" -> query.apply(parameter.name());
                case "header" -> headers.apply(parameter.name());
                default -> List.of();
            };
            check.parameter(parameter, values);
        }
        return check.problems;
    }

    /** The operation's JSON body; an empty body is no body. */
    static List<InvalidParamDto> body(Operation operation, byte[] body) {
        RequestCheck check = new RequestCheck();
        Schema schema = operation.body().orElseThrow();
        if (body.length == 0 || isBlank(body)) {
            if (operation.bodyRequired()) {
                check.problem(BODY, Reasons.REQUIRED);
            }
            return check.problems;
        }
        try {
            JsonValue value = JsonReader.read(body);
            if (value instanceof JsonObject || !"object".equals(schema.type())) {
                check.value(schema, value, "");
            } else {
                check.problem(BODY, Reasons.JSON_OBJECT);
            }
        } catch (JsonReader.NotJson e) {
            check.problem(BODY, e.getMessage());
        } catch (JsonReader.FieldTwice e) {
            check.problem(e.path(), Reasons.GIVEN_TWICE);
        }
        return check.problems;
    }

    /** The path of a field inside the body: {@code group}, {@code newAddress.postcode}. */
    static String field(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The path of an entry of a list: {@code persons[0]}. */
    static String item(String path, int index) {
        return path + "[" + index + "]";
    }

    private void parameter(Parameter parameter, List<String> values) {
        Schema schema = parameter.schema();
        if (values.isEmpty()) {
            if (parameter.required()) {
                problem(parameter.name(), Reasons.REQUIRED);
            }
            return;
        }
        if ("array".equals(schema.type())) {
            List<String> items = parameter.explode() ? values
                    : values.stream().flatMap(value -> Arrays.stream(value.split(",", -1))).toList();
            Schema itemSchema = schema.items();
            value(schema, new JsonArray(items.stream().map(item -> fromText(itemSchema, item)).toList()), parameter.name());
            return;
        }
        if (values.size() > 1) {
            problem(parameter.name(), Reasons.GIVEN_TWICE);
            return;
        }
        value(schema, fromText(schema, values.get(0)), parameter.name());
    }

    /** A parameter's text as the JSON value it stands for, when it can be read as the schema's type. */
    private static JsonValue fromText(Schema schema, String text) {
        String type = schema == null ? null : schema.type();
        if ("integer".equals(type) && INTEGER.matcher(text).matches()) {
            return new JsonNumber(new BigDecimal(text), true);
        }
        if (("integer".equals(type) || "number".equals(type)) && NUMBER.matcher(text).matches()) {
            return new JsonNumber(new BigDecimal(text), INTEGER.matcher(text).matches());
        }
        if ("boolean".equals(type) && (text.equals("true") || text.equals("false"))) {
            return new JsonBoolean(Boolean.parseBoolean(text));
        }
        return new JsonString(text);
    }

    private void value(Schema schema, JsonValue value, String name) {
        if (value instanceof JsonNull) {
            return;
        }
        if (schema.type() != null && !hasType(schema.type(), value)) {
            problem(name, typeReason(schema));
            return;
        }
        if (schema.enumValues() != null && !inEnum(schema.enumValues(), value)) {
            problem(name, Reasons.oneOf(schema.enumValues()));
            return;
        }
        switch (value) {
            case JsonString text -> text(schema, text.value(), name);
            case JsonNumber number -> number(schema, number, name);
            case JsonArray array -> array(schema, array, name);
            case JsonObject object -> object(schema, object, name);
            case JsonBoolean ignored -> { }
            case JsonNull ignored -> { }
        }
    }

    private void text(Schema schema, String text, String name) {
        if (Reasons.isCheckedFormat(schema.format()) && !hasFormat(schema.format(), text)) {
            problem(name, Reasons.format(schema.format()));
        } else if (schema.pattern() != null && !schema.pattern().matcher(text).find()) {
            problem(name, Reasons.pattern(schema.pattern()));
        } else if (schema.minLength() != null && text.codePointCount(0, text.length()) < schema.minLength()) {
            problem(name, Reasons.minLength(schema.minLength()));
        } else if (schema.maxLength() != null && text.codePointCount(0, text.length()) > schema.maxLength()) {
            problem(name, Reasons.maxLength(schema.maxLength()));
        }
    }

    private void number(Schema schema, JsonNumber number, String name) {
        BigDecimal value = number.value();
        if (schema.minimum() != null && (schema.exclusiveMinimum() ? value.compareTo(schema.minimum()) <= 0
                : value.compareTo(schema.minimum()) < 0)) {
            problem(name, Reasons.minimum(schema.minimum(), schema.exclusiveMinimum()));
        } else if (schema.maximum() != null && (schema.exclusiveMaximum() ? value.compareTo(schema.maximum()) >= 0
                : value.compareTo(schema.maximum()) > 0)) {
            problem(name, Reasons.maximum(schema.maximum(), schema.exclusiveMaximum()));
        } else if ("int32".equals(schema.format()) && (value.compareTo(INT32_MIN) < 0 || value.compareTo(INT32_MAX) > 0)) {
            problem(name, value.signum() < 0 ? Reasons.minimum(INT32_MIN, false) : Reasons.maximum(INT32_MAX, false));
        } else if ("int64".equals(schema.format()) && (value.compareTo(INT64_MIN) < 0 || value.compareTo(INT64_MAX) > 0)) {
            problem(name, value.signum() < 0 ? Reasons.minimum(INT64_MIN, false) : Reasons.maximum(INT64_MAX, false));
        } else if (schema.multipleOf() != null && value.remainder(schema.multipleOf()).signum() != 0) {
            problem(name, Reasons.multipleOf(schema.multipleOf()));
        }
    }

    private void array(Schema schema, JsonArray array, String name) {
        List<JsonValue> items = array.items();
        if (schema.minItems() != null && items.size() < schema.minItems()) {
            problem(name, Reasons.minItems(schema.minItems()));
        } else if (schema.maxItems() != null && items.size() > schema.maxItems()) {
            problem(name, Reasons.maxItems(schema.maxItems()));
        } else if (schema.uniqueItems() && new HashSet<>(items).size() != items.size()) {
            problem(name, Reasons.uniqueItems());
        } else if (schema.items() != null) {
            for (int i = 0; i < items.size(); i++) {
                value(schema.items(), items.get(i), item(name, i));
            }
        }
    }

    private void object(Schema schema, JsonObject object, String name) {
        Map<String, JsonValue> fields = object.fields();
        schema.properties().forEach((field, fieldSchema) -> {
            JsonValue value = fields.get(field);
            if (value == null || value instanceof JsonNull) {
                if (schema.required().contains(field)) {
                    problem(field(name, field), Reasons.REQUIRED);
                }
            } else {
                value(fieldSchema, value, field(name, field));
            }
        });
        schema.required().stream().filter(field -> !schema.properties().containsKey(field))
                .filter(field -> fields.get(field) == null || fields.get(field) instanceof JsonNull)
                .sorted().forEach(field -> problem(field(name, field), Reasons.REQUIRED));
        schema.additionalProperties().ifPresent(others -> fields.forEach((field, value) -> {
            if (!schema.properties().containsKey(field)) {
                if (others == Schema.NO_OTHER_FIELDS) {
                    problem(field(name, field), Reasons.NOT_A_FIELD);
                } else {
                    value(others, value, field(name, field));
                }
            }
        }));
        long given = fields.values().stream().filter(value -> !(value instanceof JsonNull)).count();
        if (schema.minProperties() != null && given < schema.minProperties()) {
            problem(name.isEmpty() ? BODY : name, Reasons.minProperties(schema.minProperties()));
        } else if (schema.maxProperties() != null && given > schema.maxProperties()) {
            problem(name.isEmpty() ? BODY : name, Reasons.maxProperties(schema.maxProperties()));
        }
    }

    /** For text of a format or from a list, what it must be says more than "text". */
    private static String typeReason(Schema schema) {
        if ("string".equals(schema.type()) && schema.enumValues() != null) {
            return Reasons.oneOf(schema.enumValues());
        }
        if ("string".equals(schema.type()) && Reasons.isCheckedFormat(schema.format())) {
            return Reasons.format(schema.format());
        }
        return Reasons.type(schema.type());
    }

    private static boolean hasType(String type, JsonValue value) {
        return switch (type) {
            case "integer" -> value instanceof JsonNumber number && number.integral();
            case "number" -> value instanceof JsonNumber;
            case "boolean" -> value instanceof JsonBoolean;
            case "string" -> value instanceof JsonString;
            case "array" -> value instanceof JsonArray;
            case "object" -> value instanceof JsonObject;
            default -> throw new IllegalStateException("The contract has the unknown type '" + type + "'");
        };
    }

    private static boolean inEnum(List<Object> allowed, JsonValue value) {
        return allowed.stream().anyMatch(candidate -> switch (value) {
            case JsonString text -> candidate instanceof String && candidate.equals(text.value());
            case JsonNumber number -> candidate instanceof Number && new BigDecimal(candidate.toString()).compareTo(number.value()) == 0;
            case JsonBoolean bool -> candidate instanceof Boolean && candidate.equals(bool.value());
            default -> Objects.equals(candidate, value);
        });
    }

    private static boolean hasFormat(String format, String text) {
        try {
            return switch (format) {
                case "date" -> LocalDate.parse(text) != null;
                case "date-time" -> OffsetDateTime.parse(text) != null;
                case "uuid" -> UUID.matcher(text).matches();
                default -> true;
            };
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private void problem(String name, String reason) {
        problems.add(new InvalidParamDto(name.isEmpty() ? BODY : name, reason));
    }
}

package dk.sygesikring.adapters.rest.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The request side of the contract (api-spec's {@code openapi/sygesikring-api.yaml}, which travels in its jar): for
 * every operation, its parameters and its JSON body as schemas with their {@code $ref}s followed. A keyword this
 * reading does not know stops the service at start, rather than leaving a value unchecked.
 */
public final class ApiContract {

    static final String RESOURCE = "openapi/sygesikring-api.yaml";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    /** Keywords that describe a value without constraining it. */
    private static final Set<String> DESCRIPTIVE = Set.of("description", "example", "examples", "default", "title",
            "deprecated", "readOnly", "writeOnly", "externalDocs", "xml", "nullable");
    private static final Set<String> CHECKED = Set.of("$ref", "type", "format", "enum", "pattern", "minLength", "maxLength",
            "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems",
            "minProperties", "maxProperties", "required", "properties", "additionalProperties", "items", "allOf");

    private static final Set<String> TYPES = Set.of("string", "integer", "number", "boolean", "array", "object");

    private final Map<String, Operation> operations;

    private ApiContract(Map<String, Operation> operations) {
        this.operations = Map.copyOf(operations);
    }

    /** The contract api-spec ships. */
    public static ApiContract load() {
        try (InputStream in = ApiContract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path (it comes with api-spec)");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ApiContract read(InputStream yaml) {
        Map<String, Object> document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        return new ApiContract(new Reading(document).operations());
    }

    /** The operation for a method and a path template as the router knows it. */
    Optional<Operation> operation(String method, String pathTemplate) {
        return Optional.ofNullable(operations.get(key(method, pathTemplate)));
    }

    int size() {
        return operations.size();
    }

    private static String key(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path;
    }

    /** One pass over the YAML document. */
    private static final class Reading {

        private final Map<String, Object> document;
        private final Map<String, Schema> named = new HashMap<>();
        private final Set<String> resolving = new HashSet<>();

        Reading(Map<String, Object> document) {
            this.document = document;
        }

        Map<String, Operation> operations() {
            Map<String, Operation> operations = new LinkedHashMap<>();
            map(document.get("paths"), "paths").forEach((path, item) -> {
                Map<String, Object> pathItem = map(item, path);
                List<Parameter> common = parameters(pathItem.get("parameters"), path);
                pathItem.forEach((method, value) -> {
                    if (METHODS.contains(method)) {
                        operations.put(key(method, path), operation(method, path, map(value, path + " " + method), common));
                    }
                });
            });
            return operations;
        }

        private Operation operation(String method, String path, Map<String, Object> yaml, List<Parameter> common) {
            String where = method.toUpperCase(Locale.ROOT) + " " + path;
            List<Parameter> parameters = new ArrayList<>(common);
            parameters.addAll(parameters(yaml.get("parameters"), where));
            Optional<Schema> body = Optional.empty();
            boolean bodyRequired = false;
            if (yaml.get("requestBody") != null) {
                Map<String, Object> requestBody = follow(map(yaml.get("requestBody"), where + " requestBody"));
                bodyRequired = Boolean.TRUE.equals(requestBody.get("required"));
                Map<String, Object> content = map(requestBody.get("content"), where + " requestBody.content");
                Object json = content.get("application/json");
                if (json != null) {
                    body = Optional.of(schema(map(json, where).get("schema"), where + " body"));
                }
            }
            return new Operation(method.toUpperCase(Locale.ROOT), path, parameters, body, bodyRequired);
        }

        private List<Parameter> parameters(Object list, String where) {
            List<Parameter> parameters = new ArrayList<>();
            if (list == null) {
                return parameters;
            }
            for (Object item : (List<?>) list) {
                Map<String, Object> parameter = follow(map(item, where + " parameter"));
                String name = (String) parameter.get("name");
                String in = (String) parameter.get("in");
                boolean explode = !Boolean.FALSE.equals(parameter.get("explode"));
                parameters.add(new Parameter(name, in, Boolean.TRUE.equals(parameter.get("required")) || "path".equals(in),
                        explode, schema(parameter.get("schema"), where + " parameter " + name)));
            }
            return parameters;
        }

        private Schema schema(Object value, String where) {
            Map<String, Object> yaml = map(value, where);
            if (yaml.get("$ref") instanceof String ref) {
                return named(ref, where);
            }
            for (String keyword : yaml.keySet()) {
                if (!CHECKED.contains(keyword) && !DESCRIPTIVE.contains(keyword) && !keyword.startsWith("x-")) {
                    throw new IllegalStateException("The contract uses '" + keyword + "' at " + where
                            + ", which the request check does not know; teach it to ApiContract and RequestCheck");
                }
            }
            if (yaml.get("type") != null && !TYPES.contains(yaml.get("type"))) {
                throw new IllegalStateException("The contract has the unknown type '" + yaml.get("type") + "' at " + where);
            }
            Schema own = new Schema((String) yaml.get("type"), (String) yaml.get("format"), list(yaml.get("enum")),
                    yaml.get("pattern") instanceof String pattern ? Pattern.compile(pattern) : null,
                    integer(yaml.get("minLength")), integer(yaml.get("maxLength")),
                    decimal(yaml.get("minimum")), Boolean.TRUE.equals(yaml.get("exclusiveMinimum")),
                    decimal(yaml.get("maximum")), Boolean.TRUE.equals(yaml.get("exclusiveMaximum")), decimal(yaml.get("multipleOf")),
                    integer(yaml.get("minItems")), integer(yaml.get("maxItems")), Boolean.TRUE.equals(yaml.get("uniqueItems")),
                    integer(yaml.get("minProperties")), integer(yaml.get("maxProperties")),
                    yaml.get("required") == null ? Set.of() : Set.copyOf(strings(yaml.get("required"))),
                    properties(yaml.get("properties"), where), additionalProperties(yaml.get("additionalProperties"), where),
                    yaml.get("items") == null ? null : schema(yaml.get("items"), where + "[]"));
            if (yaml.get("allOf") instanceof List<?> parts) {
                Schema merged = own;
                for (Object part : parts) {
                    merged = merged.and(schema(part, where + " allOf"));
                }
                return merged;
            }
            return own;
        }

        private Map<String, Schema> properties(Object value, String where) {
            Map<String, Schema> properties = new LinkedHashMap<>();
            if (value != null) {
                map(value, where).forEach((name, schema) -> properties.put(name, schema(schema, where + "." + name)));
            }
            return properties;
        }

        private Optional<Schema> additionalProperties(Object value, String where) {
            if (value == null || Boolean.TRUE.equals(value)) {
                return Optional.empty();
            }
            if (Boolean.FALSE.equals(value)) {
                return Optional.of(Schema.NO_OTHER_FIELDS);
            }
            return Optional.of(schema(value, where + ".*"));
        }

        private Schema named(String ref, String where) {
            Schema known = named.get(ref);
            if (known != null) {
                return known;
            }
            if (!resolving.add(ref)) {
                throw new IllegalStateException("The contract's " + ref + " refers to itself (at " + where
                        + "); the request check reads no recursive schema");
            }
            Schema schema = schema(resolve(ref), ref);
            resolving.remove(ref);
            named.put(ref, schema);
            return schema;
        }

        private Map<String, Object> follow(Map<String, Object> yaml) {
            return yaml.get("$ref") instanceof String ref ? map(resolve(ref), ref) : yaml;
        }

        private Object resolve(String ref) {
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("Only references inside the contract are read: " + ref);
            }
            Object node = document;
            for (String part : ref.substring(2).split("/")) {
                node = map(node, ref).get(part.replace("~1", "/").replace("~0", "~"));
            }
            if (node == null) {
                throw new IllegalStateException("The contract refers to " + ref + ", which it does not have");
            }
            return node;
        }

        @SuppressWarnings("unchecked")
        private static Map<String, Object> map(Object value, String where) {
            if (!(value instanceof Map<?, ?>)) {
                throw new IllegalStateException("The contract has no object at " + where);
            }
            return (Map<String, Object>) value;
        }

        private static List<Object> list(Object value) {
            return value == null ? null : new ArrayList<>((List<?>) value);
        }

        private static List<String> strings(Object value) {
            return ((List<?>) value).stream().map(String::valueOf).toList();
        }

        private static Integer integer(Object value) {
            return value == null ? null : ((Number) value).intValue();
        }

        private static BigDecimal decimal(Object value) {
            return value == null ? null : new BigDecimal(value.toString());
        }
    }
}

package dk.sygesikring.server.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/** The operations of the contract as its YAML says them, for tests that hold every operation to a rule. */
public final class ContractOperations {

    private static final String SPEC = "openapi/sygesikring-api.yaml";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** One operation: its method, path, and its part of the YAML. */
    public record Operation(String method, String path, Map<String, Object> yaml, Map<String, Object> contract) {

        public String operationId() {
            return (String) yaml.get("operationId");
        }

        public boolean hasRequestBody() {
            return yaml.containsKey("requestBody");
        }

        public boolean hasParameters() {
            return yaml.get("parameters") instanceof List<?> parameters && !parameters.isEmpty();
        }

        /** Anonymous operations say {@code security: []}; the rest inherit the document's bearer requirement. */
        public boolean isSecured() {
            return !(yaml.get("security") instanceof List<?> security && security.isEmpty());
        }

        /** The security schemes the operation names itself (e.g. a signature instead of a token); empty for the default. */
        @SuppressWarnings("unchecked")
        public List<String> ownSecuritySchemes() {
            return yaml.get("security") instanceof List<?> security
                    ? security.stream().flatMap(entry -> ((java.util.Map<String, Object>) entry).keySet().stream()).toList()
                    : List.of();
        }

        @SuppressWarnings("unchecked")
        public List<String> roles() {
            return (List<String>) yaml.getOrDefault("x-roles", List.of());
        }

        @SuppressWarnings("unchecked")
        public List<String> tags() {
            return (List<String>) yaml.getOrDefault("tags", List.of());
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> responses() {
            return (Map<String, Object>) yaml.get("responses");
        }

        /** A response, with a {@code $ref} to a reusable response followed. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> response(String status) {
            Object response = responses().get(status);
            if (response == null) {
                return null;
            }
            Map<String, Object> map = (Map<String, Object>) response;
            return map.containsKey("$ref") ? (Map<String, Object>) resolve((String) map.get("$ref")) : map;
        }

        /** The name of the reusable response a status refers to, e.g. {@code NotAcceptable}, or null when inline. */
        @SuppressWarnings("unchecked")
        public String responseReference(String status) {
            Object response = responses().get(status);
            if (response instanceof Map<?, ?> map && map.get("$ref") instanceof String ref) {
                return ref.substring(ref.lastIndexOf('/') + 1);
            }
            return null;
        }

        /** Parameters with their {@code $ref}s followed. */
        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> parameters() {
            List<Map<String, Object>> resolved = new ArrayList<>();
            for (Object parameter : (List<Object>) yaml.getOrDefault("parameters", List.of())) {
                Map<String, Object> map = (Map<String, Object>) parameter;
                resolved.add(map.containsKey("$ref") ? (Map<String, Object>) resolve((String) map.get("$ref")) : map);
            }
            return resolved;
        }

        @SuppressWarnings("unchecked")
        public Object resolve(String ref) {
            Object node = contract;
            for (String part : ref.substring(2).split("/")) {
                node = ((Map<String, Object>) node).get(part);
            }
            return node;
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + " (" + operationId() + ")";
        }
    }

    private ContractOperations() {
    }

    public static Map<String, Object> contract() {
        try (InputStream in = ContractOperations.class.getClassLoader().getResourceAsStream(SPEC)) {
            if (in == null) {
                throw new IllegalStateException(SPEC + " is not on the class path");
            }
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static List<Operation> all() {
        Map<String, Object> contract = contract();
        List<Operation> operations = new ArrayList<>();
        ((Map<String, Object>) contract.get("paths")).forEach((path, item) ->
                ((Map<String, Object>) item).forEach((method, operation) -> {
                    if (METHODS.contains(method)) {
                        operations.add(new Operation(method, path, (Map<String, Object>) operation, contract));
                    }
                }));
        return operations;
    }
}

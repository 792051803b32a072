package dk.sygesikring.server.support;

import io.micronaut.json.JsonMapper;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Request bodies for {@code PUT /configuration/global}: the configuration as the service gave it, with some settings
 * changed. Tests that change the global configuration share the database with every other test class, so they put
 * the configuration they found back when they are done ({@link #original()}).
 */
public final class GlobalConfigurationBodies {

    private final String original;
    private final JsonMapper json;

    public GlobalConfigurationBodies(String original, JsonMapper json) {
        this.original = original;
        this.json = json;
    }

    public String original() {
        return original;
    }

    /** The original with {@code change} applied to a fresh copy of it, e.g. {@code body -> body.put("consentPeriodDays", 3)}. */
    public String with(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = new JsonPath(original).getMap("$");
        change.accept(body);
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The nested object {@code name} of {@code body}, added empty when the service left it out. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Map<String, Object> body, String name) {
        return (Map<String, Object>) body.computeIfAbsent(name, absent -> new LinkedHashMap<String, Object>());
    }
}

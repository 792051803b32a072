package dk.sygesikring.adapters.rest.contract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dk.sygesikring.adapters.rest.contract.JsonValue.JsonArray;
import dk.sygesikring.adapters.rest.contract.JsonValue.JsonBoolean;
import dk.sygesikring.adapters.rest.contract.JsonValue.JsonNull;
import dk.sygesikring.adapters.rest.contract.JsonValue.JsonNumber;
import dk.sygesikring.adapters.rest.contract.JsonValue.JsonObject;
import dk.sygesikring.adapters.rest.contract.JsonValue.JsonString;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a request body into {@link JsonValue}s with Jackson's streaming parser, keeping each number as written. */
final class JsonReader {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** The body is not JSON; the reason says where, in plain words. */
    static final class NotJson extends Exception {
        NotJson(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A field is given twice in one object; {@code path} names it. */
    static final class FieldTwice extends Exception {
        private final String path;

        FieldTwice(String path) {
            super(path, null, false, false);
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    private JsonReader() {
    }

    static JsonValue read(byte[] body) throws NotJson, FieldTwice {
        try (JsonParser parser = FACTORY.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new NotJson("is not valid JSON (it is empty)");
            }
            JsonValue value = value(parser, first, "");
            if (parser.nextToken() != null) {
                throw notJson(parser.currentTokenLocation().getLineNr(), parser.currentTokenLocation().getColumnNr());
            }
            return value;
        } catch (JsonParseException e) {
            throw notJson(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new NotJson("is not valid JSON");
        }
    }

    private static NotJson notJson(int line, int column) {
        return new NotJson("is not valid JSON (line " + line + ", column " + column + ")");
    }

    private static JsonValue value(JsonParser parser, JsonToken token, String path) throws IOException, FieldTwice {
        return switch (token) {
            case START_OBJECT -> object(parser, path);
            case START_ARRAY -> array(parser, path);
            case VALUE_STRING -> new JsonString(parser.getText());
            case VALUE_NUMBER_INT -> new JsonNumber(parser.getDecimalValue(), true);
            case VALUE_NUMBER_FLOAT -> new JsonNumber(parser.getDecimalValue(), false);
            case VALUE_TRUE -> new JsonBoolean(true);
            case VALUE_FALSE -> new JsonBoolean(false);
            case VALUE_NULL -> new JsonNull();
            default -> throw new JsonParseException(parser, "unexpected " + token);
        };
    }

    private static JsonObject object(JsonParser parser, String path) throws IOException, FieldTwice {
        Map<String, JsonValue> fields = new LinkedHashMap<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            String fieldPath = RequestCheck.field(path, name);
            JsonValue field = value(parser, parser.nextToken(), fieldPath);
            if (fields.putIfAbsent(name, field) != null) {
                throw new FieldTwice(fieldPath);
            }
        }
        return new JsonObject(fields);
    }

    private static JsonArray array(JsonParser parser, String path) throws IOException, FieldTwice {
        List<JsonValue> items = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            items.add(value(parser, token, RequestCheck.item(path, items.size())));
        }
        return new JsonArray(items);
    }
}

package dk.sygesikring.simulators.http;

import dk.sygesikring.simulators.http.SimulatorJson.ErrorJson;
import java.util.Optional;

/**
 * What a simulator answers: a status, a body written as JSON (none for null; as it is for {@link Content}) and, for
 * 405, the allowed methods.
 */
public record Reply(int status, Object body, Optional<String> allow) {

    public static final Reply NO_CONTENT = new Reply(204, null, Optional.empty());

    /** A body that is not JSON, e.g. a PDF document, sent as it is. */
    public record Content(String contentType, byte[] bytes) {
    }

    public static Reply content(int status, String contentType, byte[] bytes) {
        return new Reply(status, new Content(contentType, bytes), Optional.empty());
    }

    public static Reply json(int status, Object body) {
        return new Reply(status, body, Optional.empty());
    }

    public static Reply error(int status, String message) {
        return json(status, new ErrorJson(message));
    }

    public static Reply methodNotAllowed(String allowed) {
        return new Reply(405, new ErrorJson("allowed: " + allowed), Optional.of(allowed));
    }
}

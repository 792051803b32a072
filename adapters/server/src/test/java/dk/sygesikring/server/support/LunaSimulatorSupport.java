package dk.sygesikring.server.support;

import dk.sygesikring.simulators.luna.LunaSimulator;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.restassured.RestAssured;
import java.util.Map;

/** For API tests that read from a LUNA simulator of their own. */
public final class LunaSimulatorSupport {

    private LunaSimulatorSupport() {
    }

    /** The service pointed at the simulator, with short waits so that a test of LUNA not answering is quick. */
    public static Map<String, String> properties(LunaSimulator luna) {
        return Map.of("sygesikring.luna.url", luna.baseUrl(),
                "sygesikring.luna.retry.initial-wait", "10ms",
                "sygesikring.luna.circuit-breaker.wait-duration-in-open-state", "100ms");
    }

    /**
     * Runs {@code check} while the simulator answers every LUNA request with 503, then heals it and closes the circuit
     * the failed calls may have opened, so that the next test, in whatever order, finds LUNA as it was.
     */
    public static void whileDown(LunaSimulator luna, CircuitBreaker circuitBreaker, Runnable check) {
        RestAssured.given().baseUri(luna.baseUrl()).body("{\"status\":503}").put("/simulator/fault").then().statusCode(204);
        try {
            check.run();
        } finally {
            RestAssured.given().baseUri(luna.baseUrl()).delete("/simulator/fault").then().statusCode(204);
            circuitBreaker.reset();
        }
    }
}

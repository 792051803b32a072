package dk.sygesikring.server.support;

import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.simulators.digitalpost.DigitalPostSimulator;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;

/** For API tests that send letters to a Digital Post simulator of their own. */
public final class DigitalPostSimulatorSupport {

    private DigitalPostSimulatorSupport() {
    }

    /** The service pointed at the simulator, with short waits so that a test of Digital Post not answering is quick. */
    public static Map<String, String> properties(DigitalPostSimulator digitalPost) {
        return Map.of("sygesikring.digital-post.url", digitalPost.baseUrl(),
                "sygesikring.digital-post.retry.initial-wait", "10ms",
                "sygesikring.digital-post.circuit-breaker.wait-duration-in-open-state", "100ms");
    }

    /** What Digital Post itself holds for the recipient (title, forløb, pages, the PDF's text), read over HTTP. */
    public static List<Map<String, Object>> messagesTo(DigitalPostSimulator digitalPost, Cpr recipient) {
        return RestAssured.given().baseUri(digitalPost.baseUrl()).queryParam("recipient", recipient.value())
                .get("/messages").then().statusCode(200).extract().jsonPath().getList("$");
    }
}

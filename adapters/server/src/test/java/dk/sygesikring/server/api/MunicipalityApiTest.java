package dk.sygesikring.server.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dk.sygesikring.server.support.ApiClient;
import dk.sygesikring.server.support.TestTokens;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class MunicipalityApiTest {

    @Inject EmbeddedServer server;
    @Inject TestTokens tokens;

    @Test
    void the_98_municipalities_with_their_codes_ordered_by_code() {
        new ApiClient(server).as(tokens.citizen("0101801231")).get("/municipalities")
                .then().statusCode(200)
                .body("$", hasSize(98))
                .body("[0].code", equalTo("101")).body("[0].name", equalTo("København"))
                .body("find { it.code == '751' }.name", equalTo("Aarhus"))
                .body("[97].code", equalTo("860")).body("[97].name", equalTo("Hjørring"));
    }
}

package dk.sygesikring.server.support;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** Real JWTs, signed with the test key the service verifies against. */
@Singleton
public class TestTokens {

    private final JwtTokenGenerator generator;

    public TestTokens(JwtTokenGenerator generator) {
        this.generator = generator;
    }

    public String caseworker(String municipality, String caseworkerId) {
        return token(caseworkerId, "CASEWORKER", Map.of("municipality", municipality, "caseworker_id", caseworkerId));
    }

    public String specialCaseworker(String municipality, String caseworkerId) {
        return token(caseworkerId, "CASEWORKER_SPECIAL", Map.of("municipality", municipality, "caseworker_id", caseworkerId));
    }

    public String administrator(String municipality, String administratorId) {
        return token(administratorId, "MUNICIPAL_ADMIN", Map.of("municipality", municipality, "caseworker_id", administratorId));
    }

    public String citizen(String cpr) {
        return token(cpr, "CITIZEN", Map.of("cpr", cpr));
    }

    public String system() {
        return token("cpr-event-feed", "SYSTEM", Map.of());
    }

    public String token(String subject, String role, Map<String, Object> claims) {
        return generator.generateToken(Authentication.build(subject, List.of(role), claims), 3600).orElseThrow();
    }
}

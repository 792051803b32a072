package dk.sygesikring.benchmarks.suite;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * Real HS256 tokens signed with the key the suite gives the service (SYGESIKRING_JWT_SECRET), the way a
 * municipality's identity provider would issue them: a new random key every run.
 */
final class Tokens {

    private final String secret;

    private Tokens(String secret) {
        this.secret = secret;
    }

    static Tokens withRandomKey() {
        byte[] key = new byte[48];
        new SecureRandom().nextBytes(key);
        return new Tokens(Base64.getUrlEncoder().withoutPadding().encodeToString(key));
    }

    String secret() {
        return secret;
    }

    /** A caseworker of the municipality, valid for the given time. */
    String caseworker(String municipalityCode, String caseworkerId, Duration validity) {
        Instant now = Instant.now();
        return signed(new JWTClaimsSet.Builder()
                .subject(caseworkerId)
                .claim("roles", List.of("CASEWORKER"))
                .claim("municipality", municipalityCode)
                .claim("caseworker_id", caseworkerId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validity)))
                .build());
    }

    /** A municipality's administrator (MUNICIPAL_ADMIN), who sets its local configuration. */
    String administrator(String municipalityCode, Duration validity) {
        Instant now = Instant.now();
        return signed(new JWTClaimsSet.Builder()
                .subject("adm-" + municipalityCode + "-benchmark")
                .claim("roles", List.of("MUNICIPAL_ADMIN"))
                .claim("municipality", municipalityCode)
                .claim("caseworker_id", "adm-" + municipalityCode + "-benchmark")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validity)))
                .build());
    }

    /** A citizen logged in with MitID in self-service, acting for themselves. */
    String citizen(String cpr, Duration validity) {
        Instant now = Instant.now();
        return signed(new JWTClaimsSet.Builder()
                .subject(cpr)
                .claim("roles", List.of("CITIZEN"))
                .claim("cpr", cpr)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validity)))
                .build());
    }

    /** Another system (ROLE: SYSTEM), as the nightly jobs' callers are. */
    String system(Duration validity) {
        Instant now = Instant.now();
        return signed(new JWTClaimsSet.Builder()
                .subject("benchmark-suite")
                .claim("roles", List.of("SYSTEM"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validity)))
                .build());
    }

    private String signed(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a benchmark token", e);
        }
        return jwt.serialize();
    }
}

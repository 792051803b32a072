package dk.sygesikring.adapters.rest.signature;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a report an external system posts (the card supplier's, the print supplier's):
 * {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + "." + body)>}.
 * The time is signed with the body, so a report recorded on the way cannot be replayed after {@code maxAge}; the
 * comparison takes the same time whatever the signature, so it leaks nothing of the right one.
 */
final class ReportSignature {

    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret;
    private final Duration maxAge;

    ReportSignature(String system, String secret, Duration maxAge) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the " + system + "'s report secret has at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.maxAge = maxAge;
    }

    /** Empty when the header signs this body at a time within {@code maxAge} of {@code now}; else why not. */
    Optional<String> problemWith(String header, byte[] body, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.of("the Card-Supplier-Signature header is missing");
        }
        Long seconds = null;
        String signature = null;
        for (String part : header.split(",")) {
            String[] keyValue = part.strip().split("=", 2);
            if (keyValue.length == 2 && keyValue[0].equals("t") && keyValue[1].matches("\\d{1,12}")) {
                seconds = Long.parseLong(keyValue[1]);
            } else if (keyValue.length == 2 && keyValue[0].equals("v1")) {
                signature = keyValue[1];
            }
        }
        if (seconds == null || signature == null) {
            return Optional.of("the Card-Supplier-Signature header is not t=<seconds>,v1=<signature>");
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(maxAge) > 0) {
            return Optional.of("the signature's time is more than " + maxAge.toSeconds() + " seconds from now");
        }
        byte[] expected = HexFormat.of().formatHex(sign(seconds, body)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))
                ? Optional.empty() : Optional.of("the signature does not match the report");
    }

    /** The signature the supplier sends for {@code body} at {@code seconds}. */
    byte[] sign(long seconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            mac.update((seconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}

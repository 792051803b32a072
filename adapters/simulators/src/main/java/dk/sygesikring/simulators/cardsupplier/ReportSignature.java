package dk.sygesikring.simulators.cardsupplier;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature on every report the supplier sends (docs/integrations/card-supplier.md): the header
 * {@value #HEADER} {@code t=<unix seconds>,v1=<lowercase hex HMAC-SHA256(secret, t + "." + raw body)>}. The time is
 * signed with the body so that the receiver can refuse an old report replayed; public so that the service's tests
 * can sign a report of their own.
 */
public final class ReportSignature {

    public static final String HEADER = "Card-Supplier-Signature";
    private static final String HMAC_SHA256 = "HmacSHA256";

    private ReportSignature() {
    }

    /** The header's value for {@code body} sent at {@code epochSeconds}. */
    public static String header(String secret, long epochSeconds, byte[] body) {
        return "t=" + epochSeconds + ",v1=" + hmac(secret, epochSeconds, body);
    }

    /** The lowercase hex HMAC-SHA256 of {@code epochSeconds + "." + body} under {@code secret}. */
    public static String hmac(String secret, long epochSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC_SHA256));
            mac.update((epochSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}

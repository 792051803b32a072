package dk.sygesikring.simulators.print;

/**
 * The signature on every report the print supplier sends (docs/integrations/print.md): the card supplier's scheme
 * under a header of its own, {@value #HEADER} {@code t=<unix seconds>,v1=<lowercase hex HMAC-SHA256(secret, t + "."
 * + raw body)>}. The time is signed with the body so that the receiver can refuse an old report replayed; public so
 * that the service's tests can sign a report of their own.
 */
public final class ReportSignature {

    public static final String HEADER = "Print-Signature";

    private ReportSignature() {
    }

    /** The header's value for {@code body} sent at {@code epochSeconds}. */
    public static String header(String secret, long epochSeconds, byte[] body) {
        return "t=" + epochSeconds + ",v1=" + hmac(secret, epochSeconds, body);
    }

    /** The lowercase hex HMAC-SHA256 of {@code epochSeconds + "." + body} under {@code secret}, as for card reports. */
    public static String hmac(String secret, long epochSeconds, byte[] body) {
        return dk.sygesikring.simulators.cardsupplier.ReportSignature.hmac(secret, epochSeconds, body);
    }
}

package dk.sygesikring.simulators.print;

import dk.sygesikring.domain.person.Cpr;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A letter as the service sent it, read but not yet judged: every field has its form (a UUID, a CPR number, base64),
 * whether the print supplier prints such a letter is {@link #refusal}'s question.
 *
 * @param shipmentTypeId the ForsendelsesTypeIdentifikator, agreed between the municipality and the supplier
 * @param senderSystemId the AfsendersystemID the sending system is registered with at the Serviceplatform
 */
record Letter(UUID letterId, String shipmentTypeId, String senderSystemId, Cpr recipient, String name,
              List<String> addressLines, String title, byte[] pdf) {

    /** The most lines an envelope's window shows. */
    static final int MOST_ADDRESS_LINES = 6;
    private static final byte[] PDF_MAGIC = "%PDF".getBytes(StandardCharsets.US_ASCII);

    Letter {
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(shipmentTypeId, "shipmentTypeId");
        Objects.requireNonNull(senderSystemId, "senderSystemId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(name, "name");
        addressLines = List.copyOf(addressLines);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(pdf, "pdf");
    }

    /** Why the print supplier will not print this letter (422), if it will not: a reason code and what it means. */
    record Refusal(String reason, String message) {
    }

    /** @param agreedShipmentTypes the shipment types the supplier prints; empty: any of 1 to 10 digits */
    Optional<Refusal> refusal(Set<String> agreedShipmentTypes) {
        if (!shipmentTypeId.matches("\\d{1,10}")) {
            return Optional.of(new Refusal("UNKNOWN_SHIPMENT_TYPE",
                    "forsendelseTypeIdentifikator is 1 to 10 digits, not '" + shipmentTypeId + "'"));
        }
        if (!agreedShipmentTypes.isEmpty() && !agreedShipmentTypes.contains(shipmentTypeId)) {
            return Optional.of(new Refusal("UNKNOWN_SHIPMENT_TYPE",
                    "forsendelseTypeIdentifikator " + shipmentTypeId + " is not agreed with the print supplier"));
        }
        if (!senderSystemId.matches("[A-Za-z0-9-]{1,50}")) {
            return Optional.of(new Refusal("UNKNOWN_SENDER_SYSTEM",
                    "afsenderSystemIdentifikator is 1 to 50 letters, digits or hyphens, not '" + senderSystemId + "'"));
        }
        if (addressLines.isEmpty() || addressLines.size() > MOST_ADDRESS_LINES) {
            return Optional.of(new Refusal("INVALID_ADDRESS", "the envelope shows 1 to " + MOST_ADDRESS_LINES
                    + " address lines, not " + addressLines.size()));
        }
        if (addressLines.stream().anyMatch(String::isBlank)) {
            return Optional.of(new Refusal("INVALID_ADDRESS", "an address line is blank"));
        }
        if (pdf.length < PDF_MAGIC.length || !Arrays.equals(pdf, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            return Optional.of(new Refusal("NOT_A_PDF", "dokument.pdf does not start with %PDF"));
        }
        return Optional.empty();
    }
}

package dk.sygesikring.adapters.digitalpost;

import dk.sygesikring.adapters.digitalpost.DigitalPostWireFormat.DeliveryResponse;
import dk.sygesikring.adapters.digitalpost.DigitalPostWireFormat.ErrorResponse;
import dk.sygesikring.adapters.digitalpost.DigitalPostWireFormat.MessageRequest;
import dk.sygesikring.adapters.digitalpost.DigitalPostWireFormat.RecipientJson;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostMessage;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostOutcome;
import dk.sygesikring.application.port.out.digitalpost.Recipient;
import dk.sygesikring.resilience.DefectException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/** Between the port's types and Digital Post's wire format. */
final class DigitalPostMapper {

    private DigitalPostMapper() {
    }

    static MessageRequest toJson(DigitalPostMessage message) {
        RecipientJson recipient = switch (message.recipient()) {
            case Recipient.Citizen citizen -> new RecipientJson(DigitalPostWireFormat.CPR, citizen.cpr().value());
            case Recipient.Practice practice -> new RecipientJson(DigitalPostWireFormat.PROVIDER,
                    practice.providerNumber().value());
        };
        return new MessageRequest(recipient, message.title(), message.forloebId().toString(),
                Base64.getEncoder().encodeToString(message.pdf()));
    }

    /** An answer without a delivery id or time is Digital Post's defect, reported without the recipient. */
    static DigitalPostOutcome.Delivered toDelivered(DeliveryResponse json) {
        try {
            String deliveryId = Objects.requireNonNull(json.deliveryId(), "deliveryId");
            if (deliveryId.isBlank()) {
                throw new IllegalArgumentException("the deliveryId is blank");
            }
            return new DigitalPostOutcome.Delivered(deliveryId,
                    Instant.parse(Objects.requireNonNull(json.deliveredAt(), "deliveredAt")));
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            throw new DefectException("Digital Post answered the message with data that breaks the model: "
                    + e.getMessage(), e);
        }
    }

    /** Digital Post's refusal as one line: its reason code and its explanation, whichever it gave. */
    static String reason(ErrorResponse json, int status) {
        String code = blankToNull(json.reason());
        String message = blankToNull(json.message());
        if (code == null && message == null) {
            return "HTTP " + status;
        }
        if (code == null || message == null) {
            return code == null ? message : code;
        }
        return code + ": " + message;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package dk.sygesikring.simulators.digitalpost;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Base64;
import java.util.UUID;

/**
 * The JSON the Digital Post simulator speaks (docs/integrations/digital-post.md), and its mapping to and from its
 * model. The Digital Post adapter depends on exactly these field names.
 */
public final class DigitalPostWireFormat {

    private DigitalPostWireFormat() {
    }

    /** POST /messages takes this; {@code document} is the PDF, base64-encoded. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MessageJson(RecipientJson recipient, String title, String forloebId, String document) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RecipientJson(String type, String id) {
    }

    /** ... and answers this: 201 when delivered now, 200 with the first answer for a key seen before. */
    @Serdeable
    public record DeliveredJson(String deliveryId, String deliveredAt) {
    }

    /** A refusal: a reason code ("NOT_ENROLLED", "INVALID_DOCUMENT", ...) and what it means. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RefusalJson(String reason, String message) {
    }

    /** GET /messages lists what was delivered, with the text read from each PDF. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ReceivedJson(String idempotencyKey, String deliveryId, String deliveredAt, RecipientJson recipient,
                               String title, String forloebId, int pages, int bytes, String text) {
    }

    /** Reads a POST body; throws IllegalArgumentException (400) saying what is wrong when it cannot be read. */
    static MessageRequest toRequest(MessageJson json) {
        RecipientJson recipient = required(json.recipient(), "recipient");
        return new MessageRequest(Addressee.of(recipient.type(), recipient.id()), required(json.title(), "title"),
                UUID.fromString(required(json.forloebId(), "forloebId")), base64(required(json.document(), "document")));
    }

    static DeliveredJson delivered(ReceivedMessage message) {
        return new DeliveredJson(message.deliveryId(), message.deliveredAt().toString());
    }

    static ReceivedJson toJson(ReceivedMessage message) {
        MessageRequest request = message.request();
        return new ReceivedJson(message.idempotencyKey(), message.deliveryId(), message.deliveredAt().toString(),
                new RecipientJson(request.recipient().type(), request.recipient().id()), request.title(),
                request.forloebId().toString(), message.document().pages(), request.document().length,
                message.document().text());
    }

    private static byte[] base64(String document) {
        try {
            return Base64.getDecoder().decode(document);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("document is not base64: " + e.getMessage(), e);
        }
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }
}

package dk.sygesikring.adapters.digitalpost;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The JSON Digital Post (and the Digital Post simulator) speaks (docs/integrations/digital-post.md). Instants and
 * ids are kept as text so that {@link DigitalPostMapper} reports a value it cannot read with a clear message.
 */
final class DigitalPostWireFormat {

    static final String CPR = "CPR";
    static final String PROVIDER = "PROVIDER";
    static final String NOT_ENROLLED = "NOT_ENROLLED";

    private DigitalPostWireFormat() {
    }

    /** POST /messages: the PDF travels base64-encoded in {@code document}. */
    @Serdeable
    record MessageRequest(RecipientJson recipient, String title, String forloebId, String document) {
    }

    /** {@code type} is "CPR" (a citizen) or "PROVIDER" (a practice, by its provider number). */
    @Serdeable
    record RecipientJson(String type, String id) {
    }

    /** 201 for a new delivery, 200 with the first answer for an idempotency key Digital Post has seen. */
    @Serdeable
    record DeliveryResponse(String deliveryId, String deliveredAt) {
    }

    /** 4xx: why Digital Post will not take the message; {@code reason} is a code, e.g. "NOT_ENROLLED". */
    @Serdeable
    record ErrorResponse(@Nullable String reason, @Nullable String message) {
    }
}

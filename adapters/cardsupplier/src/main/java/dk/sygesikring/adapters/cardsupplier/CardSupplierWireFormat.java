package dk.sygesikring.adapters.cardsupplier;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The JSON the card supplier (and the card supplier simulator) speaks (docs/integrations/card-supplier.md). Instants
 * are kept as text so that {@link CardSupplierMapper} reports a value it cannot read with a clear message.
 */
final class CardSupplierWireFormat {

    static final String ADDRESS = "ADDRESS";
    static final String UNKNOWN_ADDRESS = "UNKNOWN_ADDRESS";
    static final String CANCELLED = "CANCELLED";
    static final String ALREADY_DRAWN = "ALREADY_DRAWN";

    private CardSupplierWireFormat() {
    }

    /** POST /orders; {@code doctor} is written as null in group 2, which shows no doctor. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record OrderRequest(String orderId, String cpr, String name, String address, int group, @Nullable DoctorJson doctor,
                        String validFrom, DeliveryJson delivery) {
    }

    @Serdeable
    record DoctorJson(String providerNumber, String practiceName, String address) {
    }

    /** {@code type} ADDRESS with {@code address}, or UNKNOWN_ADDRESS with {@code municipalityCode}; never both. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeliveryJson(String type, @Nullable String address, @Nullable String municipalityCode) {
    }

    /** 201 for a new order, 200 with the first receipt for an idempotency key the supplier has seen. */
    @Serdeable
    record ReceiptResponse(@Nullable String supplierReference, @Nullable String receivedAt) {
    }

    /** DELETE /orders/{orderId}: 200, also for an order withdrawn before. */
    @Serdeable
    record CancellationResponse(@Nullable String status, @Nullable String cancelledAt) {
    }

    /** DELETE /orders/{orderId}: 409 ALREADY_DRAWN, when the card is made regardless. */
    @Serdeable
    record ConflictResponse(@Nullable String reason, @Nullable String drawnAt) {
    }

    /** 400, 409 or 422 to an order: why the supplier will not make the card; {@code reason} is a code. */
    @Serdeable
    record ErrorResponse(@Nullable String reason, @Nullable String message) {
    }
}

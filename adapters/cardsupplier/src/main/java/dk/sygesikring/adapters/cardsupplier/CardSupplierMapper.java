package dk.sygesikring.adapters.cardsupplier;

import dk.sygesikring.adapters.cardsupplier.CardSupplierWireFormat.CancellationResponse;
import dk.sygesikring.adapters.cardsupplier.CardSupplierWireFormat.ConflictResponse;
import dk.sygesikring.adapters.cardsupplier.CardSupplierWireFormat.DeliveryJson;
import dk.sygesikring.adapters.cardsupplier.CardSupplierWireFormat.DoctorJson;
import dk.sygesikring.adapters.cardsupplier.CardSupplierWireFormat.ErrorResponse;
import dk.sygesikring.adapters.cardsupplier.CardSupplierWireFormat.OrderRequest;
import dk.sygesikring.adapters.cardsupplier.CardSupplierWireFormat.ReceiptResponse;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierCancellation;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierOrder;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierOutcome;
import dk.sygesikring.domain.card.CardDelivery;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.resilience.DefectException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Objects;

/** Between the port's types and the card supplier's wire format. */
final class CardSupplierMapper {

    private CardSupplierMapper() {
    }

    static OrderRequest toJson(CardSupplierOrder order) {
        HealthCard card = order.card();
        DoctorJson doctor = card.doctor()
                .map(shown -> new DoctorJson(shown.providerNumber().value(), shown.practiceName(), shown.address()))
                .orElse(null);
        DeliveryJson delivery = switch (order.delivery()) {
            case CardDelivery.ToAddress post -> new DeliveryJson(CardSupplierWireFormat.ADDRESS, post.address(), null);
            case CardDelivery.UnknownAddress unknown -> new DeliveryJson(CardSupplierWireFormat.UNKNOWN_ADDRESS, null,
                    unknown.municipality().value());
        };
        return new OrderRequest(order.orderId().toString(), card.cpr().value(), card.name(), card.address(),
                card.group().number(), doctor, card.validFrom().toString(), delivery);
    }

    /** A receipt without a reference or time is the supplier's defect, reported without the order's contents. */
    static CardSupplierOutcome.Accepted toAccepted(ReceiptResponse json) {
        try {
            String reference = Objects.requireNonNull(json.supplierReference(), "supplierReference");
            if (reference.isBlank()) {
                throw new IllegalArgumentException("the supplierReference is blank");
            }
            return new CardSupplierOutcome.Accepted(reference, instant(json.receivedAt(), "receivedAt"));
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            throw breaksTheModel("the order", e);
        }
    }

    static CardSupplierCancellation.Cancelled toCancelled(CancellationResponse json) {
        try {
            if (!CardSupplierWireFormat.CANCELLED.equals(json.status())) {
                throw new IllegalArgumentException("the status is " + json.status() + ", not CANCELLED");
            }
            return new CardSupplierCancellation.Cancelled(instant(json.cancelledAt(), "cancelledAt"));
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            throw breaksTheModel("the cancellation", e);
        }
    }

    /** 409 to a cancellation means drawn, and says when; any other conflict is not in the wire format. */
    static CardSupplierCancellation.AlreadyDrawn toAlreadyDrawn(ConflictResponse json) {
        try {
            if (!CardSupplierWireFormat.ALREADY_DRAWN.equals(json.reason())) {
                throw new IllegalArgumentException("409 with the reason " + json.reason() + ", not ALREADY_DRAWN");
            }
            return new CardSupplierCancellation.AlreadyDrawn(instant(json.drawnAt(), "drawnAt"));
        } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
            throw breaksTheModel("the cancellation", e);
        }
    }

    /** The supplier's refusal as one line: its reason code and its explanation, whichever it gave. */
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

    private static Instant instant(String text, String field) {
        return Instant.parse(Objects.requireNonNull(text, field));
    }

    private static DefectException breaksTheModel(String operation, RuntimeException e) {
        return new DefectException(CardSupplierAdapter.SYSTEM + " answered " + operation
                + " with data that breaks the model: " + e.getMessage(), e);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

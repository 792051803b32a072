package dk.sygesikring.adapters.cardsupplier;

import dk.sygesikring.adapters.cardsupplier.CardSupplierWireFormat.CancellationResponse;
import dk.sygesikring.adapters.cardsupplier.CardSupplierWireFormat.ConflictResponse;
import dk.sygesikring.adapters.cardsupplier.CardSupplierWireFormat.ErrorResponse;
import dk.sygesikring.adapters.cardsupplier.CardSupplierWireFormat.ReceiptResponse;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierCancellation;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierOrder;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierOutcome;
import dk.sygesikring.application.port.out.cardsupplier.CardSupplierPort;
import dk.sygesikring.resilience.DefectException;
import dk.sygesikring.resilience.HttpAnswer;
import dk.sygesikring.resilience.ResilientHttpClient;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.uri.UriBuilder;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * The card supplier over HTTP (CARD-1, CARD-9), every call with retry and circuit breaker (INT-5). An order carries
 * its id as idempotency key, so that a retry, or an order repeated after a crash, makes no second card: the supplier
 * answers a key it has seen with the first receipt (200 instead of 201). A cancellation is idempotent by its path.
 *
 * <p>The supplier's judgement of an order is an answer like any other, not retried and not a failure for the circuit
 * breaker: 400 and 422 refuse the order, 409 says its id came before with another order; sending it again does not
 * help, so it is {@link CardSupplierOutcome.Rejected}. Any other 4xx (401, 403, 404, 429, ...) says nothing about the
 * order but something about this adapter or its configuration: a defect, so the order is kept and tried again later
 * rather than given up.
 */
@Singleton
class CardSupplierAdapter implements CardSupplierPort {

    static final String SYSTEM = "Card supplier";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String ORDER = "the order";
    private static final String CANCELLATION = "the cancellation";

    private static final int OK = 200;
    private static final int CREATED = 201;
    private static final int BAD_REQUEST = 400;
    private static final int NOT_FOUND = 404;
    private static final int CONFLICT = 409;
    private static final int UNPROCESSABLE = 422;

    private final ResilientHttpClient supplier;

    CardSupplierAdapter(@Named(CardSupplierSettings.NAME) ResilientHttpClient supplier) {
        this.supplier = supplier;
    }

    @Override
    public CardSupplierOutcome order(CardSupplierOrder order) {
        HttpRequest<?> request = HttpRequest.POST("/orders", CardSupplierMapper.toJson(order))
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .accept(MediaType.APPLICATION_JSON_TYPE)
                .header(IDEMPOTENCY_KEY, order.orderId().toString());
        HttpAnswer answer = supplier.exchange(ORDER, request, OK, CREATED, BAD_REQUEST, CONFLICT, UNPROCESSABLE);
        if (answer.status() == OK || answer.status() == CREATED) {
            return CardSupplierMapper.toAccepted(supplier.decode(ORDER, answer, Argument.of(ReceiptResponse.class)));
        }
        return new CardSupplierOutcome.Rejected(CardSupplierMapper.reason(refusal(answer), answer.status()));
    }

    /** A 404 is the supplier's word that the order never arrived, so the service may treat it as withdrawn. */
    @Override
    public CardSupplierCancellation cancel(UUID orderId) {
        HttpRequest<?> request = HttpRequest.DELETE(UriBuilder.of("/orders").path(orderId.toString()).toString())
                .accept(MediaType.APPLICATION_JSON_TYPE);
        HttpAnswer answer = supplier.exchange(CANCELLATION, request, OK, NOT_FOUND, CONFLICT);
        return switch (answer.status()) {
            case OK -> CardSupplierMapper.toCancelled(
                    supplier.decode(CANCELLATION, answer, Argument.of(CancellationResponse.class)));
            case CONFLICT -> CardSupplierMapper.toAlreadyDrawn(
                    supplier.decode(CANCELLATION, answer, Argument.of(ConflictResponse.class)));
            default -> new CardSupplierCancellation.NotKnown();
        };
    }

    /** The refusal's body; a refusal whose body is not the wire format (a proxy's HTML page) is still a refusal. */
    private ErrorResponse refusal(HttpAnswer answer) {
        try {
            return supplier.decode(ORDER, answer, Argument.of(ErrorResponse.class));
        } catch (DefectException e) {
            return new ErrorResponse(null, null);
        }
    }
}

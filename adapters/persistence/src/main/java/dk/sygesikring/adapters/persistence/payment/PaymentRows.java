package dk.sygesikring.adapters.persistence.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The rows of a payment (V17). */
final class PaymentRows {

    private PaymentRows() {
    }

    @MappedEntity("payment")
    record PaymentRow(@Id UUID id, UUID forloebId, String municipalityCode, String payerCpr, String keyReference,
                      Instant createdAt, String state, @Nullable String netsPaymentId, @Nullable String checkoutUrl,
                      @Nullable Instant stateAt) {
    }

    @MappedEntity("payment_item")
    record PaymentItemRow(@EmbeddedId ItemKey key, String cpr, BigDecimal kroner, String status, @Nullable String chargeId,
                          @Nullable Instant closedAt) {
    }

    @Embeddable
    record ItemKey(@MappedProperty("payment_id") UUID paymentId, @MappedProperty("position") short position) {
    }
}

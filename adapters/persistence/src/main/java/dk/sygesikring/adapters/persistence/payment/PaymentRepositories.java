package dk.sygesikring.adapters.persistence.payment;

import dk.sygesikring.adapters.persistence.payment.PaymentRows.ItemKey;
import dk.sygesikring.adapters.persistence.payment.PaymentRows.PaymentItemRow;
import dk.sygesikring.adapters.persistence.payment.PaymentRows.PaymentRow;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

final class PaymentRepositories {

    private PaymentRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface PaymentRepository extends GenericRepository<PaymentRow, UUID> {

        Optional<PaymentRow> findById(UUID id);

        @Query("SELECT * FROM payment WHERE id = :id FOR UPDATE")
        Optional<PaymentRow> findByIdForUpdate(UUID id);

        Optional<PaymentRow> findByForloebId(UUID forloebId);

        @Query("SELECT * FROM payment WHERE nets_payment_id = :netsPaymentId FOR UPDATE")
        Optional<PaymentRow> findByNetsPaymentIdForUpdate(String netsPaymentId);

        @Query("""
                INSERT INTO payment (id, forloeb_id, municipality_code, payer_cpr, key_reference, created_at, state,
                    nets_payment_id, checkout_url, state_at)
                VALUES (:id, :forloebId, :municipalityCode, :payerCpr, :keyReference, :createdAt, :state, :netsPaymentId,
                    :checkoutUrl, :stateAt)
                ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, nets_payment_id = EXCLUDED.nets_payment_id,
                    checkout_url = EXCLUDED.checkout_url, state_at = EXCLUDED.state_at""")
        void upsert(PaymentRow row);

        /** 1 the first time the event's id is seen, 0 after. */
        @Query("""
                INSERT INTO nets_webhook_event (event_id, event_name, nets_payment_id, received_at)
                VALUES (:eventId, :eventName, :netsPaymentId, :receivedAt)
                ON CONFLICT (event_id) DO NOTHING""")
        int insertEvent(String eventId, String eventName, String netsPaymentId, Instant receivedAt);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface PaymentItemRepository extends GenericRepository<PaymentItemRow, ItemKey> {

        @Query("SELECT * FROM payment_item WHERE payment_id = :paymentId ORDER BY position")
        List<PaymentItemRow> findOfPayment(UUID paymentId);

        @Query("""
                INSERT INTO payment_item (payment_id, position, cpr, kroner, status, charge_id, closed_at)
                VALUES (:paymentId, :position, :cpr, :kroner, :status, :chargeId, :closedAt)
                ON CONFLICT (payment_id, position) DO UPDATE SET status = EXCLUDED.status, charge_id = EXCLUDED.charge_id,
                    closed_at = EXCLUDED.closed_at""")
        void upsert(UUID paymentId, short position, String cpr, BigDecimal kroner, String status,
                    @Nullable String chargeId, @Nullable Instant closedAt);
    }
}

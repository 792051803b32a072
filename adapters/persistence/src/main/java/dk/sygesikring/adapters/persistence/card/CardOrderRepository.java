package dk.sygesikring.adapters.persistence.card;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CardOrderRepository extends GenericRepository<CardOrderRow, UUID> {

    Optional<CardOrderRow> findById(UUID id);

    @Query("SELECT * FROM card_order WHERE id = :id FOR UPDATE")
    Optional<CardOrderRow> findByIdForUpdate(UUID id);

    @Query("SELECT * FROM card_order WHERE forloeb_id = :forloebId ORDER BY created_at, id")
    List<CardOrderRow> findOfForloeb(UUID forloebId);

    @Query("SELECT * FROM card_order WHERE cpr = :cpr ORDER BY created_at DESC, id")
    List<CardOrderRow> findOfPerson(String cpr);

    /** CARD-8: the newest order that makes (or made) a card. */
    @Query("SELECT * FROM card_order WHERE cpr = :cpr AND state IN ('AWAITING_PAYMENT', 'WAITING_TO_ORDER', 'ORDERED', 'AT_SUPPLIER', 'DRAWN', 'DISPATCHED')"
            + " ORDER BY created_at DESC, id LIMIT 1")
    Optional<CardOrderRow> findCurrentCard(String cpr);

    /**
     * AUD-2: a municipality's orders of a period, by the index card_order_of_municipality; the code is cast to the
     * column's type so that the comparison stays on the index, and only the report's columns are read.
     */
    String REPORT = """
            SELECT id, created_at, cpr, reason, fee_decision, fee_kroner, fee_exemption, payment, payment_channel, state,
                not_ordered_because
            FROM card_order
            WHERE municipality_code = CAST(:municipalityCode AS bpchar) AND created_at >= :from AND created_at < :until
            ORDER BY created_at, id""";

    @Query(REPORT)
    List<CardOrderReportLine> findForReport(String municipalityCode, Instant from, Instant until);

    @Query("""
            INSERT INTO card_order (id, forloeb_id, activity_id, cpr, municipality_code, reason, explicit, ordered_by_kind,
                ordered_by_id, created_at, card_name, card_address, card_group, card_provider_number, card_practice_name,
                card_practice_address, card_valid_from, delivery, fee_decision, fee_kroner, fee_exemption, payment,
                payment_channel, payment_id, state, order_on, state_at, state_by_kind, state_by_id, supplier_reference,
                supplier_refusal, not_ordered_because)
            VALUES (:id, :forloebId, :activityId, :cpr, :municipalityCode, :reason, :explicit, :orderedByKind,
                :orderedById, :createdAt, :cardName, :cardAddress, :cardGroup, :cardProviderNumber, :cardPracticeName,
                :cardPracticeAddress, :cardValidFrom, :delivery, :feeDecision, :feeKroner, :feeExemption, :payment,
                :paymentChannel, :paymentId, :state, :orderOn, :stateAt, :stateByKind, :stateById, :supplierReference,
                :supplierRefusal, :notOrderedBecause)
            ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, order_on = EXCLUDED.order_on,
                state_at = EXCLUDED.state_at, state_by_kind = EXCLUDED.state_by_kind, state_by_id = EXCLUDED.state_by_id,
                supplier_reference = EXCLUDED.supplier_reference, supplier_refusal = EXCLUDED.supplier_refusal,
                not_ordered_because = EXCLUDED.not_ordered_because""")
    void upsert(CardOrderRow row);

    /** 1 the first time the report's id is seen, 0 after. */
    @Query("""
            INSERT INTO card_supplier_report (report_id, card_order_id, status, occurred_at, received_at)
            VALUES (:reportId, :cardOrderId, :status, :occurredAt, :receivedAt)
            ON CONFLICT (report_id) DO NOTHING""")
    int insertReport(UUID reportId, UUID cardOrderId, String status, Instant occurredAt, Instant receivedAt);
}

package dk.sygesikring.adapters.persistence.card;

import dk.sygesikring.application.port.out.CardOrderStorePort;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.card.SupplierStatus;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.person.Cpr;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores a card order as one row; after it is made only its state changes (CARD-9: never deleted). */
@Singleton
class CardOrderPersistenceAdapter implements CardOrderStorePort {

    private final CardOrderRepository rows;

    CardOrderPersistenceAdapter(CardOrderRepository rows) {
        this.rows = rows;
    }

    @Override
    public void save(CardOrder order) {
        rows.upsert(CardOrderMapper.toRow(order));
    }

    @Override
    public Optional<CardOrder> load(UUID id) {
        return rows.findById(id).map(CardOrderMapper::toOrder);
    }

    @Override
    public Optional<CardOrder> loadForUpdate(UUID id) {
        return rows.findByIdForUpdate(id).map(CardOrderMapper::toOrder);
    }

    @Override
    public List<CardOrder> ofForloeb(ForloebId forloebId) {
        return rows.findOfForloeb(forloebId.value()).stream().map(CardOrderMapper::toOrder).toList();
    }

    @Override
    public List<CardOrder> ofPerson(Cpr cpr) {
        return rows.findOfPerson(cpr.value()).stream().map(CardOrderMapper::toOrder).toList();
    }

    @Override
    public Optional<HealthCard> currentCard(Cpr cpr) {
        return rows.findCurrentCard(cpr.value()).map(CardOrderMapper::toOrder).map(CardOrder::card);
    }

    @Override
    public boolean recordReport(UUID reportId, UUID orderId, SupplierStatus status, Instant occurredAt, Instant receivedAt) {
        return rows.insertReport(reportId, orderId, status.name(), occurredAt, receivedAt) == 1;
    }
}

package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.CardOrderStorePort;
import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.card.SupplierStatus;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.person.Cpr;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The card orders and the supplier's reports, in memory; an order keeps its place when its state changes. */
public final class InMemoryCardOrders implements CardOrderStorePort {

    private final Map<UUID, CardOrder> orders = new LinkedHashMap<>();
    private final Set<UUID> reports = new HashSet<>();

    public CardOrder get(UUID id) {
        return orders.get(id);
    }

    public List<CardOrder> all() {
        return List.copyOf(orders.values());
    }

    @Override
    public void save(CardOrder order) {
        orders.put(order.id(), order);
    }

    @Override
    public Optional<CardOrder> load(UUID id) {
        return Optional.ofNullable(orders.get(id));
    }

    @Override
    public Optional<CardOrder> loadForUpdate(UUID id) {
        return load(id);
    }

    @Override
    public List<CardOrder> ofForloeb(ForloebId forloebId) {
        return orders.values().stream().filter(order -> order.forloebId().equals(forloebId)).toList();
    }

    @Override
    public List<CardOrder> ofPerson(Cpr cpr) {
        return orders.values().stream().filter(order -> order.cpr().equals(cpr))
                .sorted(Comparator.comparing(CardOrder::createdAt).reversed()).toList();
    }

    @Override
    public Optional<HealthCard> currentCard(Cpr cpr) {
        return ofPerson(cpr).stream().filter(order -> order.state().isUnderway()).findFirst().map(CardOrder::card);
    }

    @Override
    public boolean recordReport(UUID reportId, UUID orderId, SupplierStatus status, Instant occurredAt, Instant receivedAt) {
        return reports.add(reportId);
    }
}

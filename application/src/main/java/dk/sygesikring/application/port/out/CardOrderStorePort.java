package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.card.CardOrder;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.card.SupplierStatus;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.person.Cpr;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The card orders (CARD-1, CARD-2), each kept for good (CARD-9), and the card supplier's reports on them. */
public interface CardOrderStorePort {

    /** Inserts a new order or stores the new state of a known one. */
    void save(CardOrder order);

    Optional<CardOrder> load(UUID id);

    /** The order, locked until the transaction ends: its reports and its cancellation are taken one at a time. */
    Optional<CardOrder> loadForUpdate(UUID id);

    /** The orders a forløb made, in the order they were made. */
    List<CardOrder> ofForloeb(ForloebId forloebId);

    /** The person's orders, newest first. */
    List<CardOrder> ofPerson(Cpr cpr);

    /** CARD-8: the card the person has or is getting: their newest order that makes one. */
    Optional<HealthCard> currentCard(Cpr cpr);

    /**
     * Records one of the supplier's reports. True the first time its id is seen; false for a report delivered again,
     * which changes nothing.
     */
    boolean recordReport(UUID reportId, UUID orderId, SupplierStatus status, Instant occurredAt, Instant receivedAt);
}

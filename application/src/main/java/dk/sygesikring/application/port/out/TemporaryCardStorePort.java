package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.card.TemporaryCard;
import dk.sygesikring.domain.forloeb.ForloebId;
import java.util.Optional;

/** Where temporary cards are kept, as issued (CARD-4). Callers hold the transaction (TransactionPort). */
public interface TemporaryCardStorePort {

    /** Stores a newly issued card; a card is stored once and never changes. */
    void save(TemporaryCard card);

    /** The card its TEMPORARY_CARD forløb issued. */
    Optional<TemporaryCard> ofForloeb(ForloebId forloebId);
}

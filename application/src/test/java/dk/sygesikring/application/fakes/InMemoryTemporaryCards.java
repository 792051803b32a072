package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.TemporaryCardStorePort;
import dk.sygesikring.domain.card.TemporaryCard;
import dk.sygesikring.domain.forloeb.ForloebId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Temporary cards in memory, one per forløb, stored once as the table's primary key has it. */
public final class InMemoryTemporaryCards implements TemporaryCardStorePort {

    private final Map<ForloebId, TemporaryCard> cards = new LinkedHashMap<>();

    @Override
    public void save(TemporaryCard card) {
        if (cards.putIfAbsent(card.forloebId(), card) != null) {
            throw new IllegalStateException("forløb " + card.forloebId() + " has a temporary card already");
        }
    }

    @Override
    public Optional<TemporaryCard> ofForloeb(ForloebId forloebId) {
        return Optional.ofNullable(cards.get(forloebId));
    }

    public List<TemporaryCard> all() {
        return List.copyOf(cards.values());
    }
}

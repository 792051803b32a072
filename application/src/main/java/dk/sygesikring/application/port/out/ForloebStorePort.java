package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.person.Cpr;
import java.util.List;
import java.util.Optional;

/** Where forløb are kept. Callers hold the transaction (TransactionPort). */
public interface ForloebStorePort {

    /** Stores a new forløb or the new state of a known one. */
    void save(Forloeb forloeb);

    Optional<Forloeb> load(ForloebId id);

    /** The same, locked against concurrent change until the transaction ends. */
    Optional<Forloeb> loadForUpdate(ForloebId id);

    /** The newest forløb in which the person is involved, at most {@code limit} (FORL-2). */
    List<Forloeb> latestFor(Cpr cpr, int limit);

    /** Forløb of this type in progress in which the person is involved, oldest first. */
    List<Forloeb> inProgressFor(Cpr cpr, ForloebType type);
}

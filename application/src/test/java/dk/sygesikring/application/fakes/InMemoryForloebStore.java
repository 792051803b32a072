package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.person.Cpr;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Forløb in memory, for use-case tests. */
public final class InMemoryForloebStore implements ForloebStorePort {

    private final Map<ForloebId, Forloeb> stored = new LinkedHashMap<>();

    @Override
    public void save(Forloeb forloeb) {
        stored.put(forloeb.id(), forloeb);
    }

    @Override
    public Optional<Forloeb> load(ForloebId id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public Optional<Forloeb> loadForUpdate(ForloebId id) {
        return load(id);
    }

    @Override
    public List<Forloeb> latestFor(Cpr cpr, int limit) {
        return stored.values().stream().filter(forloeb -> forloeb.involvedPersons().contains(cpr))
                .sorted(Comparator.comparing(Forloeb::createdAt).reversed()).limit(limit).toList();
    }

    @Override
    public List<Forloeb> inProgressFor(Cpr cpr, ForloebType type) {
        return stored.values().stream()
                .filter(forloeb -> forloeb.type() == type && forloeb.isInProgress() && forloeb.involvedPersons().contains(cpr))
                .sorted(Comparator.comparing(Forloeb::createdAt)).toList();
    }

    public Forloeb get(ForloebId id) {
        return load(id).orElseThrow();
    }

    public List<Forloeb> all() {
        return List.copyOf(stored.values());
    }
}

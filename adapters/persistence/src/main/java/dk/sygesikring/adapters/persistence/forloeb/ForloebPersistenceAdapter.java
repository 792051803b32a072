package dk.sygesikring.adapters.persistence.forloeb;

import dk.sygesikring.adapters.persistence.forloeb.ForloebRepositories.ActivityRepository;
import dk.sygesikring.adapters.persistence.forloeb.ForloebRepositories.DetailRepository;
import dk.sygesikring.adapters.persistence.forloeb.ForloebRepositories.ForloebRepository;
import dk.sygesikring.adapters.persistence.forloeb.ForloebRepositories.PersonRepository;
import dk.sygesikring.adapters.persistence.forloeb.ForloebRows.ActivityRow;
import dk.sygesikring.adapters.persistence.forloeb.ForloebRows.DetailRow;
import dk.sygesikring.adapters.persistence.forloeb.ForloebRows.ForloebRow;
import dk.sygesikring.adapters.persistence.forloeb.ForloebRows.PersonRow;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.person.Cpr;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Stores a forløb as one aggregate: its row, its persons (written once), its activities (rewritten, they change
 * state) and its details (append-only: only new values are written).
 */
@Singleton
class ForloebPersistenceAdapter implements ForloebStorePort {

    private final ForloebRepository forloeb;
    private final PersonRepository persons;
    private final ActivityRepository activities;
    private final DetailRepository details;

    ForloebPersistenceAdapter(ForloebRepository forloeb, PersonRepository persons, ActivityRepository activities,
                              DetailRepository details) {
        this.forloeb = forloeb;
        this.persons = persons;
        this.activities = activities;
        this.details = details;
    }

    @Override
    public void save(Forloeb aggregate) {
        UUID id = aggregate.id().value();
        boolean isNew = forloeb.findById(id).isEmpty();
        forloeb.upsert(ForloebMapper.toRow(aggregate));
        if (isNew) {
            // nothing of it is stored yet: no activities to replace, no details stored before
            List<Cpr> involved = aggregate.involvedPersons();
            persons.saveAll(IntStream.range(0, involved.size())
                    .mapToObj(i -> new PersonRow(null, id, i, involved.get(i).value())).toList());
            activities.saveAll(ForloebMapper.activityRows(aggregate));
            details.saveAll(ForloebMapper.detailRows(aggregate));
            return;
        }
        activities.deleteByForloebId(id);
        activities.saveAll(ForloebMapper.activityRows(aggregate));
        int stored = (int) details.countByForloebId(id);
        List<DetailRow> all = ForloebMapper.detailRows(aggregate);
        details.saveAll(all.subList(stored, all.size()));
    }

    @Override
    public Optional<Forloeb> load(ForloebId id) {
        return forloeb.findById(id.value()).map(row -> assemble(List.of(row)).get(0));
    }

    @Override
    public Optional<Forloeb> loadForUpdate(ForloebId id) {
        return forloeb.findByIdForUpdate(id.value()).map(row -> assemble(List.of(row)).get(0));
    }

    @Override
    public List<Forloeb> latestFor(Cpr cpr, int limit) {
        return assemble(forloeb.findLatest(cpr.value(), limit));
    }

    @Override
    public List<Forloeb> inProgressFor(Cpr cpr, ForloebType type) {
        return assemble(forloeb.findInProgress(cpr.value(), type.name()));
    }

    /** Builds the aggregates of these rows with one query per child table, not one per forløb. */
    private List<Forloeb> assemble(List<ForloebRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(ForloebRow::id).toList();
        Map<UUID, List<PersonRow>> personsOf = persons.findByForloebIdInOrderByPosition(ids).stream()
                .collect(Collectors.groupingBy(PersonRow::forloebId));
        Map<UUID, List<ActivityRow>> activitiesOf = activities.findByForloebIdInOrderByPosition(ids).stream()
                .collect(Collectors.groupingBy(ActivityRow::forloebId));
        Map<UUID, List<DetailRow>> detailsOf = details.findByForloebIdInOrderByPosition(ids).stream()
                .collect(Collectors.groupingBy(DetailRow::forloebId));
        List<Forloeb> assembled = new ArrayList<>();
        for (ForloebRow row : rows) {
            assembled.add(ForloebMapper.toForloeb(row, personsOf.getOrDefault(row.id(), List.of()),
                    activitiesOf.getOrDefault(row.id(), List.of()), detailsOf.getOrDefault(row.id(), List.of())));
        }
        return assembled;
    }
}

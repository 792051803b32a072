package dk.sygesikring.adapters.persistence.synchronisation;

import dk.sygesikring.application.port.out.PractitionerSynchronisationLogPort;
import dk.sygesikring.application.practitioner.PractitionerSynchronisation;
import dk.sygesikring.application.practitioner.PractitionerSynchronisation.Completed;
import dk.sygesikring.application.practitioner.PractitionerSynchronisation.Failed;
import dk.sygesikring.domain.forloeb.Creator;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** The runs of the INT-1 synchronisation, one row each. */
@Singleton
class PractitionerSynchronisationPersistenceAdapter implements PractitionerSynchronisationLogPort {

    private final PractitionerSynchronisationRepository rows;

    PractitionerSynchronisationPersistenceAdapter(PractitionerSynchronisationRepository rows) {
        this.rows = rows;
    }

    @Override
    public void record(PractitionerSynchronisation run) {
        Optional<Creator> by = run.requestedBy();
        PractitionerSynchronisationRow row = switch (run.result()) {
            case Completed completed -> new PractitionerSynchronisationRow(run.id(), run.trigger().name(),
                    by.map(creator -> creator.kind().name()).orElse(null), by.map(Creator::id).orElse(null),
                    run.startedAt(), run.finishedAt(), "COMPLETED", completed.listed(), completed.added(),
                    completed.changed(), completed.closed(), null);
            case Failed failed -> new PractitionerSynchronisationRow(run.id(), run.trigger().name(),
                    by.map(creator -> creator.kind().name()).orElse(null), by.map(Creator::id).orElse(null),
                    run.startedAt(), run.finishedAt(), "FAILED", null, null, null, null, failed.reason());
        };
        rows.save(row);
    }

    @Override
    public List<PractitionerSynchronisation> latest(int limit) {
        return rows.findAll(Pageable.from(0, limit, Sort.of(Sort.Order.desc("startedAt")))).getContent().stream()
                .map(PractitionerSynchronisationPersistenceAdapter::toRun).toList();
    }

    private static PractitionerSynchronisation toRun(PractitionerSynchronisationRow row) {
        PractitionerSynchronisation.Result result = row.outcome().equals("COMPLETED")
                ? new Completed(row.listed(), row.added(), row.changed(), row.closed())
                : new Failed(row.failure());
        Optional<Creator> by = Optional.ofNullable(row.requestedByKind())
                .map(kind -> new Creator(Creator.Kind.valueOf(kind), row.requestedById()));
        return new PractitionerSynchronisation(row.id(), PractitionerSynchronisation.Trigger.valueOf(row.trigger()), by,
                row.startedAt(), row.finishedAt(), result);
    }
}

package dk.sygesikring.adapters.persistence.forloeb;

import dk.sygesikring.adapters.persistence.forloeb.ForloebRows.ActivityRow;
import dk.sygesikring.adapters.persistence.forloeb.ForloebRows.DetailRow;
import dk.sygesikring.adapters.persistence.forloeb.ForloebRows.ForloebRow;
import dk.sygesikring.adapters.persistence.forloeb.ForloebRows.PersonRow;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.DetailChange;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebStatus;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

final class ForloebMapper {

    private ForloebMapper() {
    }

    static ForloebRow toRow(Forloeb forloeb) {
        Instant closedAt = switch (forloeb.status()) {
            case ForloebStatus.InProgress inProgress -> null;
            case ForloebStatus.Completed completed -> completed.closedAt();
            case ForloebStatus.Cancelled cancelled -> cancelled.closedAt();
        };
        Creator cancelledBy = forloeb.status() instanceof ForloebStatus.Cancelled cancelled ? cancelled.cancelledBy() : null;
        return new ForloebRow(forloeb.id().value(), forloeb.type().name(), forloeb.municipality().value(),
                forloeb.creator().kind().name(), forloeb.creator().id(), forloeb.mainPerson().value(), forloeb.createdAt(),
                forloeb.status().name(), closedAt, cancelledBy == null ? null : cancelledBy.kind().name(),
                cancelledBy == null ? null : cancelledBy.id(), forloeb.triggeredBy() == null ? null : forloeb.triggeredBy().value());
    }

    static List<ActivityRow> activityRows(Forloeb forloeb) {
        List<Activity> activities = forloeb.activities();
        return IntStream.range(0, activities.size()).mapToObj(i -> {
            Activity a = activities.get(i);
            return new ActivityRow(a.id(), forloeb.id().value(), i, a.type().name(), a.state().name(), a.createdAt(),
                    a.deadline(), a.responsible(), a.note(), a.closedAt(),
                    a.closedBy() == null ? null : a.closedBy().kind().name(), a.closedBy() == null ? null : a.closedBy().id());
        }).toList();
    }

    static List<DetailRow> detailRows(Forloeb forloeb) {
        List<DetailChange> details = forloeb.details();
        return IntStream.range(0, details.size()).mapToObj(i -> {
            DetailChange d = details.get(i);
            return new DetailRow(null, forloeb.id().value(), i, d.name(), d.value(),
                    d.about().map(Cpr::value).orElse(null), d.changedBy().kind().name(),
                    d.changedBy().id(), d.changedAt());
        }).toList();
    }

    static Forloeb toForloeb(ForloebRow row, List<PersonRow> persons, List<ActivityRow> activities, List<DetailRow> details) {
        ForloebStatus status = switch (row.status()) {
            case "IN_PROGRESS" -> new ForloebStatus.InProgress();
            case "COMPLETED" -> new ForloebStatus.Completed(row.closedAt());
            default -> new ForloebStatus.Cancelled(row.closedAt(), creator(row.cancelledByKind(), row.cancelledById()));
        };
        return new Forloeb(new ForloebId(row.id()), ForloebType.valueOf(row.type()), MunicipalityCode.of(row.municipalityCode()),
                creator(row.creatorKind(), row.creatorId()), Cpr.of(row.mainPersonCpr()),
                persons.stream().map(person -> Cpr.of(person.cpr())).toList(), row.createdAt(), status,
                activities.stream().map(ForloebMapper::toActivity).toList(),
                details.stream().map(d -> new DetailChange(d.name(), d.value(),
                        d.cpr() == null ? null : Cpr.of(d.cpr()), creator(d.changedByKind(), d.changedById()), d.changedAt())).toList(),
                row.triggeredBy() == null ? null : new ForloebId(row.triggeredBy()));
    }

    private static Activity toActivity(ActivityRow row) {
        return new Activity(row.id(), ActivityType.valueOf(row.type()), ActivityState.valueOf(row.state()), row.createdAt(),
                row.deadline(), row.responsible(), row.note(), row.closedAt(),
                row.closedByKind() == null ? null : creator(row.closedByKind(), row.closedById()));
    }

    private static Creator creator(String kind, String id) {
        return new Creator(Creator.Kind.valueOf(kind), id);
    }
}

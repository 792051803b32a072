package dk.sygesikring.domain.forloeb;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A case process (FORL-1): what happens for whom, in which municipality, started by whom, its steps and every
 * value it has held. Immutable: each change returns the changed forløb, so a use case either stores the new one
 * or nothing.
 *
 * @param triggeredBy the forløb that started this one, or null
 */
public record Forloeb(
        ForloebId id,
        ForloebType type,
        MunicipalityCode municipality,
        Creator creator,
        Cpr mainPerson,
        List<Cpr> involvedPersons,
        Instant createdAt,
        ForloebStatus status,
        List<Activity> activities,
        List<DetailChange> details,
        ForloebId triggeredBy) {

    public static final Refusal NOT_IN_PROGRESS = Refusal.conflict("forloeb-not-in-progress", "FORL-3",
            "Only a forløb in progress can be changed or cancelled");

    public Forloeb {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(mainPerson, "mainPerson");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(status, "status");
        involvedPersons = List.copyOf(involvedPersons);
        activities = List.copyOf(activities);
        details = List.copyOf(details);
        if (!involvedPersons.contains(mainPerson)) {
            throw new IllegalArgumentException("the main person is one of the involved persons");
        }
    }

    /** A new forløb in progress, with its first details set by its creator. */
    public static Forloeb start(ForloebType type, MunicipalityCode municipality, Creator creator, Cpr mainPerson,
                                List<Cpr> involvedPersons, Instant now, ForloebId triggeredBy) {
        return start(ForloebId.random(), type, municipality, creator, mainPerson, involvedPersons, now, triggeredBy);
    }

    /** The same with an id chosen by the caller, who needs it before the forløb exists. */
    public static Forloeb start(ForloebId id, ForloebType type, MunicipalityCode municipality, Creator creator, Cpr mainPerson,
                                List<Cpr> involvedPersons, Instant now, ForloebId triggeredBy) {
        List<Cpr> involved = new ArrayList<>(involvedPersons);
        if (!involved.contains(mainPerson)) {
            involved.add(0, mainPerson);
        }
        return new Forloeb(id, type, municipality, creator, mainPerson, involved, now,
                new ForloebStatus.InProgress(), List.of(), List.of(), triggeredBy);
    }

    public boolean isInProgress() {
        return status instanceof ForloebStatus.InProgress;
    }

    public Forloeb withActivity(Activity activity) {
        requireInProgress();
        List<Activity> changed = new ArrayList<>(activities);
        changed.add(activity);
        return copy(status, changed, details);
    }

    public Forloeb withDetail(String name, String value, Creator by, Instant at) {
        return withDetail(name, null, value, by, at);
    }

    /** A value about one of the involved persons. */
    public Forloeb withDetail(String name, Cpr person, String value, Creator by, Instant at) {
        requireInProgress();
        if (person != null && !involvedPersons.contains(person)) {
            throw new IllegalArgumentException(person.value() + " is not involved in forløb " + id);
        }
        List<DetailChange> changed = new ArrayList<>(details);
        changed.add(new DetailChange(name, value, person, by, at));
        return copy(status, activities, changed);
    }

    public Optional<Activity> openActivity(ActivityType type) {
        return activities.stream().filter(activity -> activity.type() == type && activity.isOpen()).findFirst();
    }

    /** Closes the open activity of this type. */
    public Forloeb closeActivity(ActivityType type, ActivityState outcome, Instant at, Creator by, String note) {
        requireInProgress();
        Activity open = openActivity(type)
                .orElseThrow(() -> new IllegalStateException("forløb " + id + " has no open " + type));
        List<Activity> changed = activities.stream()
                .map(activity -> activity.id().equals(open.id()) ? activity.close(outcome, at, by, note) : activity)
                .toList();
        return copy(status, changed, details);
    }

    /** Closes this activity, which must be open. */
    public Forloeb closeActivity(UUID activityId, ActivityState outcome, Instant at, Creator by, String note) {
        requireInProgress();
        Activity open = activities.stream().filter(activity -> activity.id().equals(activityId) && activity.isOpen())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("forløb " + id + " has no open activity " + activityId));
        List<Activity> changed = activities.stream()
                .map(activity -> activity == open ? activity.close(outcome, at, by, note) : activity)
                .toList();
        return copy(status, changed, details);
    }

    /** Completed when nothing is left open, otherwise unchanged: whoever closes the last activity ends the forløb. */
    public Forloeb completeIfNothingOpen(Instant at) {
        return isInProgress() && activities.stream().noneMatch(Activity::isOpen) ? complete(at) : this;
    }

    /** Completes the forløb once nothing is left open. */
    public Forloeb complete(Instant at) {
        requireInProgress();
        if (activities.stream().anyMatch(Activity::isOpen)) {
            throw new IllegalStateException("forløb " + id + " still has open activities");
        }
        return copy(new ForloebStatus.Completed(at), activities, details);
    }

    /**
     * Cancels the forløb and its open activities (FORL-3). Whether preceding work may be undone (a choice in
     * effect may not) is for the caller to decide before asking.
     */
    public Outcome<Forloeb> cancel(Creator by, Instant at) {
        if (!isInProgress()) {
            return Outcome.refused(NOT_IN_PROGRESS);
        }
        List<Activity> cancelled = activities.stream()
                .map(activity -> activity.isOpen() ? activity.close(ActivityState.CANCELLED, at, by, null) : activity)
                .toList();
        return Outcome.success(copy(new ForloebStatus.Cancelled(at, by), cancelled, details));
    }

    private void requireInProgress() {
        if (!isInProgress()) {
            throw new IllegalStateException("forløb " + id + " is " + status.name());
        }
    }

    private Forloeb copy(ForloebStatus newStatus, List<Activity> newActivities, List<DetailChange> newDetails) {
        return new Forloeb(id, type, municipality, creator, mainPerson, involvedPersons, createdAt, newStatus,
                newActivities, newDetails, triggeredBy);
    }
}

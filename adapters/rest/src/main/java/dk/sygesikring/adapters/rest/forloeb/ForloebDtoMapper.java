package dk.sygesikring.adapters.rest.forloeb;

import dk.sygesikring.api.model.ActivityDto;
import dk.sygesikring.api.model.ActivityStateDto;
import dk.sygesikring.api.model.ActivityTypeDto;
import dk.sygesikring.api.model.ActorDto;
import dk.sygesikring.api.model.ActorKindDto;
import dk.sygesikring.api.model.DetailChangeDto;
import dk.sygesikring.api.model.ForloebDto;
import dk.sygesikring.api.model.ForloebStatusDto;
import dk.sygesikring.api.model.ForloebTypeDto;
import dk.sygesikring.application.forloeb.ForloebView;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.DetailChange;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebStatus;
import dk.sygesikring.domain.person.Cpr;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A forløb, all of it or only its summary (ROLE-2), in the contract's shape. */
public final class ForloebDtoMapper {

    private ForloebDtoMapper() {
    }

    public static ForloebDto toDto(ForloebView view) {
        return switch (view) {
            case ForloebView.Full full -> toDto(full.forloeb());
            case ForloebView.Summary summary -> summary(summary.forloeb(), false);
        };
    }

    public static ForloebDto toDto(Forloeb forloeb) {
        ForloebDto dto = summary(forloeb, true)
                .createdAt(time(forloeb.createdAt()))
                .createdBy(actor(forloeb.creator()))
                .mainPerson(forloeb.mainPerson().value())
                .involvedPersons(forloeb.involvedPersons().stream().map(Cpr::value).toList())
                .activities(forloeb.activities().stream().map(ForloebDtoMapper::toDto).toList())
                .details(forloeb.details().stream().map(ForloebDtoMapper::toDto).toList());
        if (forloeb.triggeredBy() != null) {
            dto.triggeredBy(forloeb.triggeredBy().value());
        }
        switch (forloeb.status()) {
            case ForloebStatus.InProgress inProgress -> { }
            case ForloebStatus.Completed completed -> dto.closedAt(time(completed.closedAt()));
            case ForloebStatus.Cancelled cancelled -> dto.closedAt(time(cancelled.closedAt())).cancelledBy(actor(cancelled.cancelledBy()));
        }
        return dto;
    }

    private static ForloebDto summary(Forloeb forloeb, boolean detailsVisible) {
        return new ForloebDto(forloeb.id().value(), ForloebTypeDto.valueOf(forloeb.type().name()),
                ForloebStatusDto.valueOf(forloeb.status().name()), forloeb.municipality().value(), detailsVisible);
    }

    private static ActivityDto toDto(Activity activity) {
        ActivityDto dto = new ActivityDto(activity.id(), ActivityTypeDto.valueOf(activity.type().name()),
                ActivityStateDto.valueOf(activity.state().name()), time(activity.createdAt()))
                .deadline(activity.deadline())
                .responsible(activity.responsible())
                .note(activity.note());
        if (activity.closedAt() != null) {
            dto.closedAt(time(activity.closedAt())).closedBy(actor(activity.closedBy()));
        }
        return dto;
    }

    private static DetailChangeDto toDto(DetailChange change) {
        return new DetailChangeDto(change.name(), actor(change.changedBy()), time(change.changedAt())).value(change.value())
                .cpr(change.about().map(Cpr::value).orElse(null));
    }

    public static ActorDto actor(Creator creator) {
        return new ActorDto(ActorKindDto.valueOf(creator.kind().name()), creator.id());
    }

    public static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

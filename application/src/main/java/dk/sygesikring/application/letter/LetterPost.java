package dk.sygesikring.application.letter;

import dk.sygesikring.application.port.out.LetterRenderingPort;
import dk.sygesikring.application.port.out.LetterStorePort;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.LoadPersonPort;
import dk.sygesikring.application.port.out.OutboxPort;
import dk.sygesikring.application.port.out.digitalpost.IfNotDelivered;
import dk.sygesikring.application.port.out.letter.LetterDelivery;
import dk.sygesikring.domain.configuration.LocalConfiguration;
import dk.sygesikring.domain.configuration.RemotePrintSupplier;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.letter.Addressee;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.letter.LetterChannel;
import dk.sygesikring.domain.letter.LetterRoutePolicy;
import dk.sygesikring.domain.letter.LetterRoutePolicy.Route;
import dk.sygesikring.domain.letter.LetterStatus;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the letter a forløb's activity calls for, the forløb-first way (FORL-4, LET-5, ADR 0029), inside the
 * caller's transaction: routed ({@link LetterRoutePolicy}: not sent, printed, or Digital Post first), rendered to PDF
 * once and stored as a {@link Letter} with it, and queued in the outbox for its first channel. Every channel sends
 * that one document; the letter's delivery closes the activity ({@link LetterActivities}).
 */
@Singleton
public class LetterPost {

    private final LetterRenderingPort renderer;
    private final LetterStorePort letters;
    private final OutboxPort outbox;
    private final LoadPersonPort persons;
    private final LoadConfigurationPort configuration;
    private final LetterActivities activities;
    private final Clock clock;

    public LetterPost(LetterRenderingPort renderer, LetterStorePort letters, OutboxPort outbox, LoadPersonPort persons,
                      LoadConfigurationPort configuration, LetterActivities activities, Clock clock) {
        this.renderer = renderer;
        this.letters = letters;
        this.outbox = outbox;
        this.persons = persons;
        this.configuration = configuration;
        this.activities = activities;
        this.clock = clock;
    }

    /** What became of a draft: the forløb as the letter leaves it (to be stored by the caller), and the letter, if written. */
    public record Posted(Forloeb forloeb, Optional<UUID> letterId) {
    }

    /**
     * @param forloeb    the forløb with its open activity {@code activityId}, stored by the caller after this, in the
     *                   same transaction
     */
    public Posted post(Forloeb forloeb, UUID activityId, LetterDraft draft, Instant now) {
        return switch (route(draft)) {
            case Route.NotSent notSent -> new Posted(forloeb.closeActivity(activityId, ActivityState.CANCELLED, now,
                    LetterActivities.LETTERS, notSent.because() + " (" + notSent.rule() + ")"), Optional.empty());
            case Route.ByDigitalPost byDigitalPost -> {
                Letter letter = written(forloeb, activityId, draft, LetterChannel.DIGITAL_POST, now);
                outbox.enqueue(letter.id(), forloeb.id(), new LetterDelivery.ByDigitalPost(letter.id(), activityId,
                        draft.ifNotDelivered()), now);
                yield new Posted(forloeb, Optional.of(letter.id()));
            }
            case Route.ByPrint byPrint -> byPrint(forloeb, activityId, draft, byPrint.because(), now);
        };
    }

    /** Physical mail at once (under 15): to the remote print supplier where the municipality has one (LET-5). */
    private Posted byPrint(Forloeb forloeb, UUID activityId, LetterDraft draft, String because, Instant now) {
        Letter letter = written(forloeb, activityId, draft, LetterChannel.PRINT, now);
        if (draft.ifNotDelivered() == IfNotDelivered.PHYSICAL_MAIL && hasPrintSupplier(forloeb)) {
            outbox.enqueue(UUID.randomUUID(), forloeb.id(), new LetterDelivery.ByPrint(letter.id(), activityId), now);
            return new Posted(forloeb, Optional.of(letter.id()));
        }
        String why = because + (draft.ifNotDelivered() == IfNotDelivered.PHYSICAL_MAIL
                ? LetterActivities.NO_PRINT_SUPPLIER : LetterActivities.PRINTED_INSTEAD);
        letters.update(letter.reported(new LetterStatus.Failed(LetterChannel.PRINT, why, now)));
        return new Posted(activities.notDelivered(forloeb, activityId, why, draft.ifNotDelivered(), LetterActivities.LETTERS, now),
                Optional.of(letter.id()));
    }

    private Letter written(Forloeb forloeb, UUID activityId, LetterDraft draft, LetterChannel channel, Instant now) {
        Letter letter = Letter.written(UUID.randomUUID(), forloeb.id(), activityId, draft.kind(), draft.to(), draft.about(),
                draft.text().title(), channel, now);
        letters.save(letter, renderer.renderPdf(draft.text()));
        return letter;
    }

    /** A person's letter by the route policy; one to a person not in this service's copy of CPR, and a practice's, by Digital Post. */
    private Route route(LetterDraft draft) {
        return switch (draft.to()) {
            case Addressee.Person person -> persons.loadPerson(person.cpr())
                    .map(recipient -> LetterRoutePolicy.route(draft.kind(), recipient, LocalDate.now(clock)))
                    .orElseGet(Route.ByDigitalPost::new);
            case Addressee.Practice practice -> new Route.ByDigitalPost();
        };
    }

    boolean hasPrintSupplier(Forloeb forloeb) {
        return printSupplier(forloeb.municipality()).isPresent();
    }

    /** The municipality's remote print supplier (LET-5, CFG-2), read from its configuration each time. */
    Optional<RemotePrintSupplier> printSupplier(MunicipalityCode municipality) {
        return configuration.loadLocal(municipality).flatMap(LocalConfiguration::remotePrintSupplier);
    }
}

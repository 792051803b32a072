package dk.sygesikring.application.letter.adhoc;

import dk.sygesikring.application.idempotency.IdempotentForloeb;
import dk.sygesikring.application.letter.AdHocLetter;
import dk.sygesikring.application.letter.LetterDraft;
import dk.sygesikring.application.letter.LetterPost;
import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LetterStorePort;
import dk.sygesikring.application.port.out.LoadMunicipalitiesPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterText;
import dk.sygesikring.domain.municipality.Municipality;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Sends a caseworker's own letter (LET-1), once per Idempotency-Key: to a person of any municipality, signed by the
 * caseworker's municipality, in an AD_HOC forløb of that municipality (ROLE-2) with one SEND_LETTER activity. In one
 * transaction the forløb and its letter are stored and the letter queued ({@link LetterPost}): LET-3 holds back no
 * caseworker's letter, so it is always written; under 15 it goes to print, else Digital Post first (LET-4, LET-5).
 * The delivery closes the activity and completes the forløb; a letter no channel takes leaves a caseworker's task.
 */
@Singleton
public class AdHocLetterService implements SendAdHocLetterUseCase {

    public static final Refusal BY_CASEWORKER_ONLY = Refusal.forbidden("ad-hoc-letter-by-caseworker-only", "LET-1",
            "Only a caseworker sends an ad-hoc letter, in the name of their municipality");

    private final PersonGate persons;
    private final LoadMunicipalitiesPort municipalities;
    private final ForloebStorePort forloeb;
    private final LetterStorePort letters;
    private final LetterPost post;
    private final IdempotentForloeb idempotent;
    private final TransactionPort transactions;
    private final Clock clock;

    public AdHocLetterService(PersonGate persons, LoadMunicipalitiesPort municipalities, ForloebStorePort forloeb,
                              LetterStorePort letters, LetterPost post, IdempotentForloeb idempotent,
                              TransactionPort transactions, Clock clock) {
        this.persons = persons;
        this.municipalities = municipalities;
        this.forloeb = forloeb;
        this.letters = letters;
        this.post = post;
        this.idempotent = idempotent;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<AdHocLetterCase> send(SendAdHocLetterCommand command) {
        Creator creator = Creator.of(command.actor());
        String fingerprint = command.fingerprint();
        return transactions.inTransaction(() -> idempotent.earlierAnswer(creator, command.idempotencyKey(), fingerprint)
                .map(earlier -> earlier.map(this::withLetter))
                .orElseGet(() -> caseworker(command.actor())
                        .flatMap(caseworker -> sender(caseworker)
                                .flatMap(sender -> persons.actingFor(caseworker, command.cpr(), AuditAction.SEND_AD_HOC_LETTER)
                                        .flatMap(person -> send(command, fingerprint, caseworker, creator, sender))))));
    }

    private Outcome<AdHocLetterCase> send(SendAdHocLetterCommand command, String fingerprint, Caseworker caseworker,
                                          Creator creator, Municipality sender) {
        Instant now = clock.instant();
        LetterText text = AdHocLetter.of(command.title(), command.paragraphs(), sender, LocalDate.now(clock));
        Activity sending = Activity.open(ActivityType.SEND_LETTER, now, null, "Ad hoc-brev sendes til " + command.cpr().value());
        Forloeb created = Forloeb.start(ForloebType.AD_HOC, caseworker.municipality(), creator, command.cpr(), List.of(),
                now, null).withActivity(sending);
        return idempotent.once(creator, command.idempotencyKey(), fingerprint, created, () -> {
            LetterPost.Posted posted = post.post(created, sending.id(),
                    LetterDraft.toPerson(LetterKind.AD_HOC, command.cpr(), List.of(command.cpr()), text), now);
            forloeb.save(posted.forloeb());
            UUID letterId = posted.letterId().orElseThrow(() -> new IllegalStateException(
                    "LET-3 holds back no caseworker's letter, yet forløb " + created.id() + " wrote none"));
            return new AdHocLetterCase(posted.forloeb(), letters.load(letterId).orElseThrow());
        }, this::withLetter);
    }

    /** The letter's sender: the caseworker's municipality, by the name the register gives it. */
    private Outcome<Municipality> sender(Caseworker caseworker) {
        return Outcome.present(municipalities.loadMunicipalities().stream()
                        .filter(municipality -> municipality.code().equals(caseworker.municipality())).findFirst(),
                Refusal.notFound("municipality-not-found", "No municipality has the code " + caseworker.municipality().value()
                        + ", the caseworker's, so the letter would have no sender"));
    }

    /** The answer for a forløb stored before: it and its one letter as they are now. */
    private AdHocLetterCase withLetter(Forloeb stored) {
        return new AdHocLetterCase(stored, letters.ofForloeb(stored.id()).stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("forløb " + stored.id() + " sent no ad-hoc letter")));
    }

    /** LET-1: a caseworker's own letter, never a citizen's, an administrator's or the system's; the contract's roles say so first. */
    static Outcome<Caseworker> caseworker(Actor actor) {
        return actor instanceof Caseworker caseworker ? Outcome.success(caseworker) : Outcome.refused(BY_CASEWORKER_ONLY);
    }
}

package dk.sygesikring.application.card;

import dk.sygesikring.application.idempotency.IdempotentForloeb;
import dk.sygesikring.application.letter.LetterDraft;
import dk.sygesikring.application.letter.LetterPost;
import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.TemporaryCardStorePort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.application.port.out.digitalpost.IfNotDelivered;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.card.TemporaryCard;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Issues a temporary card (CARD-4), once per Idempotency-Key: only on a caseworker's request, for a person of any
 * municipality, with the card of today (CARD-1); no card is ordered. In one transaction: the TEMPORARY_CARD forløb of
 * the caseworker's municipality (ROLE-2) with one SEND_LETTER activity, the card as issued, and its PDF in the outbox
 * for the person's Digital Post. Digital Post's answer closes the activity and completes the forløb: delivered, or
 * not, when the caseworker prints the card instead ({@link IfNotDelivered#PRINTED_BY_CASEWORKER}).
 */
@Singleton
public class IssueTemporaryCardService implements IssueTemporaryCardUseCase {

    public static final Refusal BY_CASEWORKER_ONLY = Refusal.forbidden("temporary-card-by-caseworker-only", "CARD-4",
            "Only a caseworker issues and prints a temporary card");

    private final PersonGate persons;
    private final CardContents contents;
    private final TemporaryCardStorePort cards;
    private final ForloebStorePort forloeb;
    private final LetterPost letters;
    private final IdempotentForloeb idempotent;
    private final TransactionPort transactions;
    private final Clock clock;

    public IssueTemporaryCardService(PersonGate persons, CardContents contents, TemporaryCardStorePort cards,
                                     ForloebStorePort forloeb, LetterPost letters, IdempotentForloeb idempotent,
                                     TransactionPort transactions, Clock clock) {
        this.persons = persons;
        this.contents = contents;
        this.cards = cards;
        this.forloeb = forloeb;
        this.letters = letters;
        this.idempotent = idempotent;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<TemporaryCardCase> issue(IssueTemporaryCardCommand command) {
        Creator creator = Creator.of(command.actor());
        LocalDate today = LocalDate.now(clock);
        return transactions.inTransaction(() -> idempotent.earlierAnswer(creator, command.idempotencyKey(), command.fingerprint())
                .map(earlier -> earlier.map(this::withCard))
                .orElseGet(() -> caseworker(command.actor())
                        .flatMap(caseworker -> persons.actingFor(caseworker, command.cpr(), AuditAction.ISSUE_TEMPORARY_CARD)
                                .flatMap(person -> contents.cardFor(person, today))
                                .flatMap(card -> issue(command, caseworker, creator, card, today)))));
    }

    private Outcome<TemporaryCardCase> issue(IssueTemporaryCardCommand command, Caseworker caseworker, Creator creator,
                                             HealthCard card, LocalDate today) {
        Instant now = clock.instant();
        Activity letter = Activity.open(ActivityType.SEND_LETTER, now, null,
                "Midlertidigt sundhedskort sendes til " + command.cpr().value());
        Forloeb created = recorded(Forloeb.start(ForloebType.TEMPORARY_CARD, caseworker.municipality(), creator,
                command.cpr(), List.of(), now, null), card, creator, now).withActivity(letter);
        return idempotent.once(creator, command.idempotencyKey(), command.fingerprint(), created, () -> {
            LetterPost.Posted posted = letters.post(created, letter.id(), LetterDraft.toPerson(LetterKind.TEMPORARY_CARD,
                    command.cpr(), List.of(command.cpr()), TemporaryCardLetter.of(card, caseworker.municipality(), today))
                    .ifNotDelivered(IfNotDelivered.PRINTED_BY_CASEWORKER), now);
            forloeb.save(posted.forloeb());
            // a caseworker's own letter: LET-3 holds back none, so it is always written
            TemporaryCard issued = new TemporaryCard(created.id(), caseworker.municipality(), card, creator, now,
                    posted.letterId().orElseThrow());
            cards.save(issued);
            return new TemporaryCardCase(posted.forloeb(), issued);
        }, this::withCard);
    }

    /** What the card shows that a caseworker looks for in the forløb (FORL-1); a record, never read back. */
    private static Forloeb recorded(Forloeb started, HealthCard card, Creator by, Instant at) {
        Forloeb recorded = started.withDetail("sikringsgruppe", card.cpr(), String.valueOf(card.group().number()), by, at)
                .withDetail("gyldigFra", card.cpr(), card.validFrom().toString(), by, at);
        return card.doctor().map(doctor -> recorded.withDetail("ydernummer", card.cpr(), doctor.providerNumber().value(), by, at))
                .orElse(recorded);
    }

    private TemporaryCardCase withCard(Forloeb stored) {
        return new TemporaryCardCase(stored, cards.ofForloeb(stored.id())
                .orElseThrow(() -> new IllegalStateException("forløb " + stored.id() + " issued no temporary card")));
    }

    /** CARD-4: a caseworker's, never a citizen's or the system's; the contract's roles say so first. */
    static Outcome<Caseworker> caseworker(Actor actor) {
        return actor instanceof Caseworker caseworker ? Outcome.success(caseworker) : Outcome.refused(BY_CASEWORKER_ONLY);
    }
}

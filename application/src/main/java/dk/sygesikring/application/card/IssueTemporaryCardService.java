package dk.sygesikring.application.card;

import dk.sygesikring.application.digitalpost.DigitalPostDispatch;
import dk.sygesikring.application.idempotency.IdempotentForloeb;
import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.application.port.out.digitalpost.IfNotDelivered;
import dk.sygesikring.application.port.out.digitalpost.Recipient;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Issues a temporary card (CARD-4), once per Idempotency-Key: only on a caseworker's request, for a person of any
 * municipality, with the card of today (CARD-1). No card is ordered. The TEMPORARY_CARD forløb belongs to the
 * caseworker's municipality (ROLE-2), records the card in its details and has one SEND_LETTER activity; the card's PDF
 * goes to the person's Digital Post through the outbox in the same transaction. Digital Post's answer closes the
 * activity and completes the forløb: delivered, or not, when the caseworker prints the card instead.
 */
@Singleton
public class IssueTemporaryCardService implements IssueTemporaryCardUseCase {

    public static final Refusal BY_CASEWORKER_ONLY = Refusal.forbidden("temporary-card-by-caseworker-only", "CARD-4",
            "Only a caseworker issues and prints a temporary card");

    private final PersonGate persons;
    private final CardContents contents;
    private final ForloebStorePort forloeb;
    private final DigitalPostDispatch digitalPost;
    private final IdempotentForloeb idempotent;
    private final TransactionPort transactions;
    private final Clock clock;

    public IssueTemporaryCardService(PersonGate persons, CardContents contents, ForloebStorePort forloeb,
                                     DigitalPostDispatch digitalPost, IdempotentForloeb idempotent,
                                     TransactionPort transactions, Clock clock) {
        this.persons = persons;
        this.contents = contents;
        this.forloeb = forloeb;
        this.digitalPost = digitalPost;
        this.idempotent = idempotent;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<TemporaryCard> issue(IssueTemporaryCardCommand command) {
        Creator creator = Creator.of(command.actor());
        LocalDate today = LocalDate.now(clock);
        return transactions.inTransaction(() -> idempotent.earlierAnswer(creator, command.idempotencyKey(), command.fingerprint())
                .map(earlier -> earlier.map(TemporaryCard::of))
                .orElseGet(() -> caseworker(command.actor())
                        .flatMap(caseworker -> persons.actingFor(caseworker, command.cpr(), AuditAction.ISSUE_TEMPORARY_CARD)
                                .flatMap(person -> contents.cardFor(person, today))
                                .flatMap(card -> issue(command, caseworker, creator, card, today)))));
    }

    private Outcome<TemporaryCard> issue(IssueTemporaryCardCommand command, Caseworker caseworker, Creator creator,
                                         HealthCard card, LocalDate today) {
        Instant now = clock.instant();
        Activity letter = Activity.open(ActivityType.SEND_LETTER, now, null,
                "Midlertidigt sundhedskort sendes til " + command.cpr().value() + " med Digital Post");
        Forloeb created = TemporaryCardDetails.withCard(Forloeb.start(ForloebType.TEMPORARY_CARD, caseworker.municipality(),
                        creator, command.cpr(), List.of(), now, null), card, creator, now)
                .withActivity(letter);
        return idempotent.once(creator, command.idempotencyKey(), command.fingerprint(), created, () -> {
            forloeb.save(created);
            digitalPost.enqueue(created.id(), letter.id(), new Recipient.Citizen(command.cpr()),
                    TemporaryCardLetter.of(card, caseworker.municipality(), today), IfNotDelivered.PRINTED_BY_CASEWORKER, now);
            return new TemporaryCard(created, card);
        }, TemporaryCard::of);
    }

    /** CARD-4: a caseworker's, never a citizen's or the system's; the contract's roles say so first. */
    static Outcome<Caseworker> caseworker(Actor actor) {
        return actor instanceof Caseworker caseworker ? Outcome.success(caseworker) : Outcome.refused(BY_CASEWORKER_ONLY);
    }
}

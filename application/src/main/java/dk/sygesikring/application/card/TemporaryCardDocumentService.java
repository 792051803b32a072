package dk.sygesikring.application.card;

import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LetterStorePort;
import dk.sygesikring.application.port.out.TemporaryCardStorePort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.card.TemporaryCard;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebStatus;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The printable temporary card (CARD-4): the PDF stored with its letter, so the card printed is the one sent to
 * Digital Post, byte for byte, whatever Digital Post answered. Printed in the municipality that issued it, like every
 * detail of its forløb (ROLE-2); a caseworker elsewhere issues one of their own, which CARD-4 always allows. A card
 * whose forløb was cancelled before its letter went is not printed.
 */
@Singleton
public class TemporaryCardDocumentService implements TemporaryCardDocumentUseCase {

    static final Refusal NOT_FOUND = Refusal.notFound("temporary-card-not-found", "No temporary card has this forløb id");
    static final Refusal OTHER_MUNICIPALITY = Refusal.forbidden("temporary-card-of-another-municipality", "ROLE-2",
            "A temporary card is printed in the municipality that issued it; a caseworker of another municipality issues one of their own");
    static final Refusal WITHDRAWN = Refusal.conflict("temporary-card-withdrawn", "CARD-4",
            "The temporary card's forløb was cancelled before the card was sent; issue a new one");

    private final TemporaryCardStorePort cards;
    private final ForloebStorePort forloeb;
    private final LetterStorePort letters;
    private final PersonGate persons;
    private final TransactionPort transactions;

    public TemporaryCardDocumentService(TemporaryCardStorePort cards, ForloebStorePort forloeb, LetterStorePort letters,
                                        PersonGate persons, TransactionPort transactions) {
        this.cards = cards;
        this.forloeb = forloeb;
        this.letters = letters;
        this.persons = persons;
        this.transactions = transactions;
    }

    @Override
    public Outcome<TemporaryCardDocument> document(Actor reader, ForloebId forloebId) {
        return transactions.inTransaction(() -> IssueTemporaryCardService.caseworker(reader)
                .flatMap(caseworker -> Outcome.present(cards.ofForloeb(forloebId), NOT_FOUND)
                        .ensure(card -> card.municipality().equals(caseworker.municipality())
                                ? Optional.empty() : Optional.of(OTHER_MUNICIPALITY))
                        .ensure(card -> forloeb.load(card.forloebId()).filter(found -> found.status() instanceof ForloebStatus.Cancelled)
                                .map(cancelled -> WITHDRAWN))
                        .flatMap(card -> persons.readable(caseworker, card.card().cpr(), AuditAction.PRINT_TEMPORARY_CARD)
                                .map(person -> document(card)))));
    }

    private TemporaryCardDocument document(TemporaryCard card) {
        return new TemporaryCardDocument(letters.document(card.letterId())
                .orElseThrow(() -> new IllegalStateException("temporary card " + card.forloebId() + " has no stored letter")),
                card.issuedAt());
    }
}

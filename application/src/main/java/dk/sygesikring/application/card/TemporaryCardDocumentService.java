package dk.sygesikring.application.card;

import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LetterDocumentPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebStatus;
import dk.sygesikring.domain.forloeb.ForloebType;
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

    private final ForloebStorePort forloeb;
    private final LetterDocumentPort letters;
    private final PersonGate persons;
    private final TransactionPort transactions;

    public TemporaryCardDocumentService(ForloebStorePort forloeb, LetterDocumentPort letters, PersonGate persons,
                                        TransactionPort transactions) {
        this.forloeb = forloeb;
        this.letters = letters;
        this.persons = persons;
        this.transactions = transactions;
    }

    @Override
    public Outcome<byte[]> document(Actor reader, ForloebId forloebId) {
        return transactions.inTransaction(() -> IssueTemporaryCardService.caseworker(reader)
                .flatMap(caseworker -> Outcome.present(forloeb.load(forloebId)
                                .filter(found -> found.type() == ForloebType.TEMPORARY_CARD), NOT_FOUND)
                        .ensure(card -> card.municipality().equals(caseworker.municipality())
                                ? Optional.empty() : Optional.of(OTHER_MUNICIPALITY))
                        .ensure(card -> card.status() instanceof ForloebStatus.Cancelled ? Optional.of(WITHDRAWN) : Optional.empty())
                        .flatMap(card -> persons.readable(caseworker, card.mainPerson(), AuditAction.PRINT_TEMPORARY_CARD)
                                .map(person -> pdf(card)))));
    }

    private byte[] pdf(Forloeb card) {
        return letters.letterDocument(card.id(), TemporaryCard.letterActivity(card).id())
                .orElseThrow(() -> new IllegalStateException("temporary card " + card.id() + " has no stored letter"));
    }
}

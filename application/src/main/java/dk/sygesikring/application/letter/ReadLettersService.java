package dk.sygesikring.application.letter;

import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.AuditLogPort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LetterStorePort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.PersonAccessPolicy;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.audit.AuditEntry;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebOwnership;
import dk.sygesikring.domain.letter.Addressee;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The letters and their delivery status as each reader may see them (LET-6). Letters are details of their forløb
 * (ROLE-2): a caseworker or administrator reads those of their own municipality's forløb, a person's list holding
 * only those, and every read is audited (AUD-1) as a use of the forløb and of the persons the letter names. A citizen
 * reads the letters to or about a person they may see (themselves, a child under 15 in their custody, a person under
 * their guardianship; ROLE-4, ROLE-5 "Mine sager"), of any municipality; the system reads them all.
 */
@Singleton
public class ReadLettersService implements ReadLettersUseCase {

    static final Refusal NOT_FOUND = Refusal.notFound("letter-not-found", "No letter of this service has this id");
    static final Refusal NO_FORLOEB = Refusal.notFound("forloeb-not-found", "No such forløb");
    static final Refusal OTHER_MUNICIPALITY = Refusal.forbidden("letters-of-another-municipality", "ROLE-2",
            "A forløb's letters are among its details, read only in the municipality where the forløb was created");

    private final LetterStorePort letters;
    private final ForloebStorePort forloeb;
    private final PersonGate persons;
    private final AuditLogPort auditLog;
    private final TransactionPort transactions;
    private final Clock clock;

    public ReadLettersService(LetterStorePort letters, ForloebStorePort forloeb, PersonGate persons, AuditLogPort auditLog,
                              TransactionPort transactions, Clock clock) {
        this.letters = letters;
        this.forloeb = forloeb;
        this.persons = persons;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** As for the forløb itself (GET /forloeb/{id}): its main person readable, and its details visible to the reader. */
    @Override
    public Outcome<List<Letter>> ofForloeb(Actor reader, ForloebId forloebId) {
        return transactions.inTransaction(() -> Outcome.present(forloeb.load(forloebId), NO_FORLOEB)
                .ensure(found -> ForloebOwnership.seesDetails(reader, found) ? Optional.empty() : Optional.of(OTHER_MUNICIPALITY))
                .flatMap(found -> persons.readable(reader, found.mainPerson(), AuditAction.READ_LETTERS).map(person -> found))
                .map(found -> {
                    auditForloeb(reader, found.id(), AuditAction.READ_LETTERS, clock.instant());
                    return letters.ofForloeb(found.id());
                }));
    }

    /** The gate audits the read of the person; the store narrows the letters to the reader's municipality's forløb. */
    @Override
    public Outcome<LetterPage> ofPerson(LettersOfPersonQuery query) {
        return transactions.inTransaction(() -> persons.readable(query.reader(), query.cpr(), AuditAction.READ_LETTERS)
                .map(person -> LetterPage.of(letters.ofPerson(query.cpr(), detailsOnlyOf(query.reader()), query.after(),
                        query.limit() + 1), query.limit())));
    }

    @Override
    public Outcome<Letter> read(Actor reader, UUID letterId) {
        return transactions.inTransaction(() -> Outcome.present(letters.load(letterId), NOT_FOUND)
                .flatMap(letter -> visible(reader, letter, AuditAction.READ_LETTERS)));
    }

    @Override
    public Outcome<LetterDocument> document(Actor reader, UUID letterId) {
        return transactions.inTransaction(() -> Outcome.present(letters.load(letterId), NOT_FOUND)
                .flatMap(letter -> visible(reader, letter, AuditAction.READ_LETTER_DOCUMENT))
                .map(letter -> new LetterDocument(letter.id(), letters.document(letter.id())
                        .orElseThrow(() -> new IllegalStateException("letter " + letter.id() + " has no stored PDF")),
                        letter.createdAt())));
    }

    private Outcome<Letter> visible(Actor reader, Letter letter, AuditAction action) {
        return switch (reader) {
            case SystemActor system -> Outcome.success(letter);
            case Citizen citizen -> namedPersons(letter).stream()
                    .anyMatch(cpr -> persons.readable(citizen, cpr, action) instanceof Outcome.Success)
                    ? Outcome.success(letter) : Outcome.refused(PersonAccessPolicy.NOT_YOUR_PERSON);
            case Caseworker caseworker -> ofOwnForloeb(caseworker, letter, action);
            case MunicipalAdministrator administrator -> ofOwnForloeb(administrator, letter, action);
        };
    }

    private Outcome<Letter> ofOwnForloeb(Actor reader, Letter letter, AuditAction action) {
        Optional<Forloeb> own = forloeb.load(letter.forloebId()).filter(found -> ForloebOwnership.seesDetails(reader, found));
        if (own.isEmpty()) {
            return Outcome.refused(OTHER_MUNICIPALITY);
        }
        Instant now = clock.instant();
        auditForloeb(reader, letter.forloebId(), action, now);
        namedPersons(letter).forEach(cpr -> auditLog.record(AuditEntry.personUse(reader, action, cpr.value(), now)));
        return Outcome.success(letter);
    }

    private void auditForloeb(Actor reader, ForloebId forloebId, AuditAction action, Instant at) {
        if (reader.isAudited()) {
            auditLog.record(AuditEntry.forloebUse(reader, action, forloebId.toString(), at));
        }
    }

    /** The person it is to, then those it is about (LET-2), each once; a practice's letter names only the latter. */
    private static Set<Cpr> namedPersons(Letter letter) {
        Set<Cpr> named = new LinkedHashSet<>();
        if (letter.to() instanceof Addressee.Person person) {
            named.add(person.cpr());
        }
        named.addAll(letter.about());
        return named;
    }

    /** The municipality whose forløb alone the reader sees the details of (ROLE-2), as {@link ForloebOwnership#seesDetails}. */
    private static Optional<MunicipalityCode> detailsOnlyOf(Actor reader) {
        return switch (reader) {
            case Caseworker caseworker -> Optional.of(caseworker.municipality());
            case MunicipalAdministrator administrator -> Optional.of(administrator.municipality());
            case Citizen citizen -> Optional.empty();
            case SystemActor system -> Optional.empty();
        };
    }
}

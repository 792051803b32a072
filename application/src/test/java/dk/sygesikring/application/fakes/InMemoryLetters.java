package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LetterStorePort;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.letter.Addressee;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The letters in memory, with their PDFs; counts the updates, so a test can see that nothing was written twice. */
public final class InMemoryLetters implements LetterStorePort {

    private final Map<UUID, Letter> letters = new LinkedHashMap<>();
    private final Map<UUID, byte[]> documents = new LinkedHashMap<>();
    /** Where a page of a person's letters for one municipality finds the municipality of each letter's forløb. */
    private final ForloebStorePort forloeb;
    public int updates;

    public InMemoryLetters() {
        this(null);
    }

    public InMemoryLetters(ForloebStorePort forloeb) {
        this.forloeb = forloeb;
    }

    @Override
    public void save(Letter letter, byte[] pdf) {
        if (letters.putIfAbsent(letter.id(), letter) != null) {
            throw new IllegalStateException("letter " + letter.id() + " is stored already");
        }
        documents.put(letter.id(), pdf.clone());
    }

    @Override
    public void update(Letter letter) {
        Letter stored = letters.get(letter.id());
        if (stored == null || !letter.history().subList(0, stored.history().size()).equals(stored.history())) {
            throw new IllegalStateException("a letter's statuses are only ever added: " + letter.id());
        }
        letters.put(letter.id(), letter);
        updates++;
    }

    @Override
    public Optional<Letter> load(UUID letterId) {
        return Optional.ofNullable(letters.get(letterId));
    }

    @Override
    public Optional<Letter> loadForUpdate(UUID letterId) {
        return load(letterId);
    }

    @Override
    public List<Letter> ofForloeb(ForloebId forloebId) {
        return letters.values().stream().filter(letter -> letter.forloebId().equals(forloebId)).toList();
    }

    @Override
    public List<Letter> ofPerson(Cpr cpr) {
        return letters.values().stream()
                .filter(letter -> letter.to().equals(new Addressee.Person(cpr)) || letter.about().contains(cpr))
                .sorted(Comparator.comparing(Letter::createdAt).reversed()).toList();
    }

    @Override
    public Optional<byte[]> document(UUID letterId) {
        return Optional.ofNullable(documents.get(letterId)).map(byte[]::clone);
    }

    /** As PostgreSQL pages them: newest first, then by id as its bytes compare (the UUID's text, not its signed halves). */
    private static final Comparator<Position> NEWEST_FIRST = Comparator.comparing(Position::createdAt)
            .thenComparing(position -> position.letterId().toString()).reversed();

    @Override
    public List<Letter> ofPerson(Cpr cpr, Optional<MunicipalityCode> forloebOf, Optional<Position> after, int limit) {
        return letters.values().stream()
                .filter(letter -> letter.to().equals(new Addressee.Person(cpr)) || letter.about().contains(cpr))
                .filter(letter -> forloebOf.isEmpty() || forloeb.load(letter.forloebId())
                        .filter(found -> found.municipality().equals(forloebOf.get())).isPresent())
                .filter(letter -> after.isEmpty() || NEWEST_FIRST.compare(Position.of(letter), after.get()) > 0)
                .sorted(Comparator.comparing(Position::of, NEWEST_FIRST)).limit(limit).toList();
    }
}

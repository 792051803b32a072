package dk.sygesikring.simulators.luna;

import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.simulators.population.RegionalLetter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The letters the regions sent each person (LET-7): the population's to begin with; a person's can be replaced over the
 * simulator's control route, so that a test gives a person of its own the letters it needs.
 */
final class RegionalLetterArchive {

    private static final Comparator<RegionalLetter> NEWEST_FIRST =
            Comparator.comparing(RegionalLetter::sentDate).thenComparing(RegionalLetter::title).reversed();

    private final Map<Cpr, List<RegionalLetter>> byPerson = new ConcurrentHashMap<>();

    RegionalLetterArchive(List<RegionalLetter> initial) {
        initial.forEach(letter -> byPerson.merge(letter.cpr(), List.of(letter),
                (earlier, more) -> java.util.stream.Stream.concat(earlier.stream(), more.stream()).toList()));
    }

    /** The person's letters sent from {@code from} to {@code to}, both included, newest first. */
    List<RegionalLetter> sent(Cpr cpr, LocalDate from, LocalDate to) {
        return byPerson.getOrDefault(cpr, List.of()).stream()
                .filter(letter -> !letter.sentDate().isBefore(from) && !letter.sentDate().isAfter(to))
                .sorted(NEWEST_FIRST)
                .toList();
    }

    /** The person's letters are these from now on; none when empty. */
    void replace(Cpr cpr, List<RegionalLetter> letters) {
        if (letters.isEmpty()) {
            byPerson.remove(cpr);
        } else {
            byPerson.put(cpr, List.copyOf(letters));
        }
    }
}

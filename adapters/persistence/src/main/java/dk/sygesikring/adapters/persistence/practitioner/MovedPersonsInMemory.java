package dk.sygesikring.adapters.persistence.practitioner;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The registrations of the persons moved since the counts (DOC-7), held in memory: a choice list near a city counts
 * ~160 practices, and reading every registration of the ~200 persons moved there on every read was most of its
 * database time. A copy stays good while the person has as many registrations as it holds: they are only ever
 * added, and {@code moved_person} says how many there are (V16). Only the persons moved since the copy are read.
 */
@Singleton
class MovedPersonsInMemory {

    /** About a day's moves in the whole country, several times over: the copies of a day fit, older ones go. */
    private static final int PERSONS_HELD = 200_000;

    private final PatientMovesRepository moves;
    private final Cache<String, MovedPerson> held = Caffeine.newBuilder().maximumSize(PERSONS_HELD).build();

    MovedPersonsInMemory(PatientMovesRepository moves) {
        this.moves = moves;
    }

    /** Each moved person of {@code moved} with every registration of theirs. */
    Map<String, MovedPerson> of(List<PatientMoveRow> moved) {
        Map<String, Integer> registrations = new LinkedHashMap<>();
        moved.forEach(row -> registrations.merge(row.cpr(), row.registrations(), Math::max));
        Map<String, MovedPerson> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        registrations.forEach((cpr, count) -> {
            MovedPerson copy = held.getIfPresent(cpr);
            if (copy != null && copy.size() >= count) {
                found.put(cpr, copy);
            } else {
                missing.add(cpr);
            }
        });
        if (!missing.isEmpty()) {
            // a person's registrations may have grown since their row was read: the copy is of what is read now
            moves.findRegistrationsOf(missing.toArray(String[]::new)).stream()
                    .collect(Collectors.groupingBy(RecordedRegistrationRow::cpr))
                    .forEach((cpr, rows) -> {
                        MovedPerson person = MovedPerson.of(rows);
                        held.put(cpr, person);
                        found.put(cpr, person);
                    });
        }
        return found;
    }
}

package dk.sygesikring.simulators.cpr;

import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.simulators.population.DemoPopulation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulator's own, changeable copy of the civil register. Every method holds the lock, so a look-up
 * never sees half of a replacement.
 */
final class CprRegister {

    private final Map<Cpr, Person> persons = new HashMap<>();
    private final List<Relation> relations = new ArrayList<>();

    CprRegister(DemoPopulation population) {
        population.persons().forEach(person -> persons.put(person.cpr(), person));
        relations.addAll(population.relations());
    }

    synchronized Optional<CprRecord> lookUp(Cpr cpr) {
        Person person = persons.get(cpr);
        if (person == null) {
            return Optional.empty();
        }
        List<Relation> involving = relations.stream().filter(relation -> relation.involves(cpr)).toList();
        Map<Cpr, Person> related = new LinkedHashMap<>();
        for (Relation relation : involving) {
            Cpr other = relation.otherThan(cpr);
            related.putIfAbsent(other, persons.get(other));
        }
        return Optional.of(new CprRecord(person, involving, List.copyOf(related.values())));
    }

    /**
     * Stores or replaces the person and the related persons, and replaces every relation involving the
     * person with the given ones. Each relation must involve the person, and its other party must be
     * among the related persons or already registered.
     */
    synchronized void store(CprRecord record) {
        Cpr cpr = record.person().cpr();
        if (record.relatedPersons().stream().anyMatch(related -> related.cpr().equals(cpr))) {
            throw new IllegalArgumentException("a person is not related to themselves: " + cpr);
        }
        for (Relation relation : record.relations()) {
            if (!relation.involves(cpr)) {
                throw new IllegalArgumentException("relation does not involve " + cpr + ": " + relation);
            }
            Cpr other = relation.otherThan(cpr);
            boolean given = record.relatedPersons().stream().anyMatch(related -> related.cpr().equals(other));
            if (!given && !persons.containsKey(other)) {
                throw new IllegalArgumentException("relation to " + other + ", who is neither in relatedPersons nor known");
            }
        }
        persons.put(cpr, record.person());
        record.relatedPersons().forEach(related -> persons.put(related.cpr(), related));
        relations.removeIf(relation -> relation.involves(cpr));
        relations.addAll(new LinkedHashSet<>(record.relations()));
    }
}

package dk.sygesikring.simulators.population;

import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects persons and relations while the population is generated, refusing duplicates and dangling relations. */
final class PopulationBuilder {

    private final Map<Cpr, Person> persons = new LinkedHashMap<>();
    private final List<Relation> relations = new ArrayList<>();

    Person add(Person person) {
        if (persons.putIfAbsent(person.cpr(), person) != null) {
            throw new IllegalStateException("person added twice: " + person.cpr());
        }
        return person;
    }

    void relate(Relation relation) {
        if (!persons.containsKey(relation.holder()) || !persons.containsKey(relation.subject())) {
            throw new IllegalStateException("relation to a person not in the population: " + relation);
        }
        relations.add(relation);
    }

    int size() {
        return persons.size();
    }

    /** In the order they were added: the order is part of what a seed determines. */
    List<Person> persons() {
        return List.copyOf(persons.values());
    }

    List<Relation> relations() {
        return List.copyOf(relations);
    }

    /** What was collected since the last drain, which is forgotten here: a national population streams in batches. */
    Batch drain() {
        Batch batch = new Batch(List.copyOf(persons.values()), List.copyOf(relations));
        persons.clear();
        relations.clear();
        return batch;
    }

    /** Persons and the relations between them. */
    record Batch(List<Person> persons, List<Relation> relations) {
    }
}

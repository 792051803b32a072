package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import java.util.List;
import java.util.Objects;

/** What CPR answers about one person: the person, their relations, and the persons those name. */
public record CprPersonRecord(Person person, List<Relation> relations, List<Person> relatedPersons) {

    public CprPersonRecord {
        Objects.requireNonNull(person, "person");
        relations = List.copyOf(relations);
        relatedPersons = List.copyOf(relatedPersons);
        for (Relation relation : relations) {
            if (!relation.involves(person.cpr())) {
                throw new IllegalArgumentException("relation " + relation + " does not involve " + person.cpr());
            }
        }
    }
}

package dk.sygesikring.simulators.cpr;

import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import java.util.List;

/** What CPR tells about one person: the person, every relation involving them, and the other party of each. */
public record CprRecord(Person person, List<Relation> relations, List<Person> relatedPersons) {

    public CprRecord {
        relations = List.copyOf(relations);
        relatedPersons = List.copyOf(relatedPersons);
    }
}

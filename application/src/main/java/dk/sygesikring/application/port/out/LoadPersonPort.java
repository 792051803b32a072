package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads persons from this service's own copy of CPR. */
public interface LoadPersonPort {

    Optional<Person> loadPerson(Cpr cpr);

    List<Person> loadPersons(Collection<Cpr> cprs);

    /** Every relation in which {@code cpr} is holder or subject. */
    List<Relation> loadRelations(Cpr cpr);

    /** Everyone registered at the address with this id. */
    List<Person> loadResidentsAt(String addressId);
}

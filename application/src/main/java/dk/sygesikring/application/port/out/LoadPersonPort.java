package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import java.time.LocalDate;
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

    /**
     * Everyone born on {@code birthDate}, active or not (DOC-17's daily run). The CPR number begins with the birth
     * date, so this reads a range of the person key, never the whole copy of CPR.
     */
    List<Person> bornOn(LocalDate birthDate);
}

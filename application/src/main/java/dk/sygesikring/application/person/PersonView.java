package dk.sygesikring.application.person;

import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Residence;

/** A person as one reader may see them: the residence already decided by PER-2/PER-3/PER-4. */
public record PersonView(Person person, int age, Residence residence) {
}

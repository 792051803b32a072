package dk.sygesikring.application.person;

import dk.sygesikring.domain.person.FamilyAndResidence;

/** The person overview (PER-8): about the person, family and residence. */
public record PersonOverview(PersonView person, FamilyAndResidence family) {
}

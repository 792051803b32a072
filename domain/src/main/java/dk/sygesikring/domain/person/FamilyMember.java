package dk.sygesikring.domain.person;

/** A member of a person's "Familie og bopæl" (PER-5), with their age on the day it was drawn. */
public record FamilyMember(Person person, int age, FamilyRelation relation, boolean livesAtSameAddress) {
}

package dk.sygesikring.domain.person;

/** How a member of "Familie og bopæl" relates to the person looked at (PER-5), strongest relation first. */
public enum FamilyRelation {
    SPOUSE,
    CUSTODIAN,
    CHILD_IN_CUSTODY,
    GUARDIAN,
    UNDER_GUARDIANSHIP,
    CO_RESIDENT
}

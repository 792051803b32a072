package dk.sygesikring.domain.person;

/**
 * Relations that CPR registers between two persons.
 * CUSTODY: the holder has forældremyndighed over the subject.
 * GUARDIANSHIP: the holder is værge for the subject.
 * SPOUSE: marriage or registered partnership; symmetric.
 */
public enum RelationType { CUSTODY, GUARDIANSHIP, SPOUSE }

package dk.sygesikring.domain.person;

/** Whether CPR holds the person as active (resident with a Danish address) or inactive (PER-3, GRP-1). */
public enum CprStatus { ACTIVE, INACTIVE }

package dk.sygesikring.domain.person;

/** Civil status as CPR codes it (ugift, gift, skilt, enke/enkemand, registreret partner, ...). */
public enum CivilStatus {
    UNMARRIED, MARRIED, DIVORCED, WIDOWED, REGISTERED_PARTNER, DISSOLVED_PARTNERSHIP, SURVIVING_PARTNER, UNKNOWN;

    /** Married or in a registered partnership: the spouse counts as spouse (PER-5, DOC-3). */
    public boolean hasSpouse() {
        return this == MARRIED || this == REGISTERED_PARTNER;
    }
}

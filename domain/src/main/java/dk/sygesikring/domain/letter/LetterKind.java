package dk.sygesikring.domain.letter;

/** Which letter it is (LET-1): the automatic letters of the activities, and the caseworker's ad-hoc letter. */
public enum LetterKind {
    DOCTOR_CHOICE_RECEIPT,
    CARD_RECEIPT,
    GROUP_CHANGE_RECEIPT,
    DISPENSATION_REJECTION,
    TEMPORARY_CARD,
    /** DOC-17: about the right to choose a doctor of one's own, 21 days after the 15th birthday. */
    FIFTEEN_YEAR,
    /** To a practice, not a person: may these persons be registered although it is closed (DOC-4)? */
    DISPENSATION_APPLICATION,
    /** Written by a caseworker from the standard template (LET-1). */
    AD_HOC;

    /**
     * LET-3 holds back automatic letters only; a caseworker decides about their own: the ad-hoc letter, and the
     * temporary card they issue and hand over (CARD-4).
     */
    public boolean isAutomatic() {
        return this != AD_HOC && this != TEMPORARY_CARD;
    }
}

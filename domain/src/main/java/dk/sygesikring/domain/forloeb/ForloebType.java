package dk.sygesikring.domain.forloeb;

/** The kinds of case process (FORL-1). */
public enum ForloebType {
    DOCTOR_CHOICE,
    CARD_ORDER,
    GROUP_CHANGE,
    AD_HOC,
    MISSING_DOCTOR_CHOICE,
    TEMPORARY_CARD,
    DISPENSATION_REJECTION,
    PRACTICE_EVENT,
    CPR_EVENT_TASK,
    MASS_ASSIGNMENT,
    /** DOC-17: the letter about a free doctor choice, sent by the system after the 15th birthday. */
    FIFTEEN_YEAR_LETTER
}

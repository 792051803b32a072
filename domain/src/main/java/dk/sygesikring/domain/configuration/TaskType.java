package dk.sygesikring.domain.configuration;

/**
 * The kinds of manual task the rules give a caseworker; each has a deadline in the global configuration (TASK-4,
 * CFG-1). Ad-hoc tasks are not here: their deadline is local configuration (CFG-2).
 */
public enum TaskType {
    /** DOC-14, CPR-2, PER-7: automatic assignment found no doctor, or the parents must choose the child's doctor. */
    AUTOMATIC_ASSIGNMENT_FAILED,
    /** GRP-7, DOC-13: a person in group 1 has no doctor. */
    MISSING_DOCTOR_CHOICE,
    /** DOC-7: LUNA refused a registration. */
    LUNA_REFUSAL,
    /** LET-5: a letter could not be delivered through Digital Post. */
    LETTER_NOT_DELIVERED,
    /** CARD-1: the card supplier refused to make a card. */
    CARD_NOT_MADE,
    /** PLO-4: the persons who have not chosen after a practice event are assigned by a caseworker. */
    MASS_ASSIGNMENT,
    /** PLO-2: a practice's transfer or change, a system task for the doctor's municipality. */
    PRACTICE_EVENT,
    /** CPR-5, CPR-7, CPR-10: a CPR event (re-finding, imprisonment, a note, a newborn) needs a caseworker's check. */
    CPR_EVENT,
    /** CPR-10: birth and naming within the vulnerable-birth window. */
    VULNERABLE_BIRTH
}

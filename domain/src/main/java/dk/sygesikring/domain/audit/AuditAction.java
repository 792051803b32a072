package dk.sygesikring.domain.audit;

/** What a caseworker or administrator did, as the audit log records it (AUD-1). */
public enum AuditAction {
    READ_PERSON,
    READ_FAMILY,
    READ_PERSON_OVERVIEW,
    CPR_ONLINE_LOOKUP,
    READ_GROUP,
    READ_CHOICE_LIST,
    READ_DOCTOR_CHOICE_HISTORY,
    /** LET-7: the letters the regions sent a person in a period, looked up at LUNA. */
    READ_REGIONAL_LETTERS,
    CHANGE_GROUP,
    READ_FORLOEB,
    CANCEL_FORLOEB,
    CHOOSE_DOCTOR,
    READ_DOCTOR_CHOICE,
    SETTLE_CONSENT,
    ANSWER_DISPENSATION,
    ORDER_CARD,
    READ_CARD_ORDERS,
    /** AUD-2: the card-order report of a municipality for a period; one line names both. */
    READ_CARD_ORDER_REPORT,
    /** CARD-4: a caseworker issued a temporary card. */
    ISSUE_TEMPORARY_CARD,
    /** CARD-4: a caseworker fetched a temporary card to print it. */
    PRINT_TEMPORARY_CARD,
    /** LET-1: a caseworker sent a person an ad-hoc letter of their own. */
    SEND_AD_HOC_LETTER,
    /** LET-6: a caseworker read letters of a person or a forløb, or one letter with its delivery status. */
    READ_LETTERS,
    /** LET-6: a caseworker opened a letter's PDF. */
    READ_LETTER_DOCUMENT
}

package dk.sygesikring.application.port.out.digitalpost;

/**
 * What follows when Digital Post cannot deliver a letter (the recipient is not enrolled or exempt, or Digital Post
 * rejects it). A property of the letter, chosen by whoever sends it, so that the answer's handling never depends on
 * what the letter is about.
 */
public enum IfNotDelivered {
    /** LET-4: the letter's activity fails and a caseworker gets a task to send it physically. */
    PHYSICAL_MAIL,
    /**
     * CARD-4: the letter is made on a caseworker's request and printed by them instead (a temporary card): the activity
     * closes saying so, and no task is made, so the forløb completes.
     */
    PRINTED_BY_CASEWORKER
}

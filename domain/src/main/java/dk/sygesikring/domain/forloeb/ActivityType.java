package dk.sygesikring.domain.forloeb;

/** The steps a forløb waits for or carries out. */
public enum ActivityType {
    /** The registration has been handed to LUNA and the forløb waits for LUNA to confirm it (FORL-4). */
    AWAIT_LUNA,
    AWAIT_CONSENT,
    AWAIT_DISPENSATION,
    AWAIT_MOVE_EVENT,
    /** DOC-4: the dispensation application is on its way to the doctor through Digital Post. */
    SEND_DISPENSATION_APPLICATION,
    ORDER_CARD,
    SEND_LETTER,
    /** A caseworker must act (e.g. LUNA refused a registration). */
    MANUAL_TASK
}

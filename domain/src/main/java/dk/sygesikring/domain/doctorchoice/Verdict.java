package dk.sygesikring.domain.doctorchoice;

/** Whether a person can choose a practitioner: at once, only with the doctor's dispensation (DOC-4), or not at all. */
public enum Verdict { CHOOSABLE, NEEDS_DISPENSATION, REFUSED }

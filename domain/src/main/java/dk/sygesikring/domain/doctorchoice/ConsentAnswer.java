package dk.sygesikring.domain.doctorchoice;

/** An answer to "may the medical record be transferred to the new doctor?" (journaloverdragelse, DOC-5). */
public enum ConsentAnswer {
    YES, NO, DONT_KNOW
}

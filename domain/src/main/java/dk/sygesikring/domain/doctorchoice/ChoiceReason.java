package dk.sygesikring.domain.doctorchoice;

/**
 * Why a doctor choice is made (DOC-8), with the Danish text the forløb shows ("Årsag til lægevalg").
 * The reason decides two things here: whether the consent to transfer the medical record starts as "don't know"
 * when nobody gives one (DOC-5), and whether the choice waits, pending, for CPR's move event (DOC-9).
 */
public enum ChoiceReason {
    SELF_CHOSEN("Selvvalgt"),
    MOVE("Flytning"),
    MOVE_FROM_GREENLAND("Flytning fra Grønland"),
    PRACTICE_EVENT("Praksishændelse"),
    AUTOMATIC_ASSIGNMENT("Automatisk tildeling"),
    CPR_EVENT("CPR-hændelse"),
    MASS_ASSIGNMENT("Massetildeling");

    private final String danishText;

    ChoiceReason(String danishText) {
        this.danishText = danishText;
    }

    public String danishText() {
        return danishText;
    }

    /** DOC-5: the system makes these choices without asking the person, so the consent starts as "don't know". */
    public boolean consentDefaultsToDontKnow() {
        return this == AUTOMATIC_ASSIGNMENT || this == CPR_EVENT || this == MASS_ASSIGNMENT;
    }

    /**
     * DOC-9: the choice stays pending until CPR's move event arrives, then it is approved automatically.
     * A move from Greenland waits too: the release notes 1.1 say its choice "oprettes med status: afventende" and
     * "godkendes automatisk når der modtages en flyttehændelse fra CPR", "ellers identisk med flytning".
     */
    public boolean waitsForCprMoveEvent() {
        return this == MOVE || this == MOVE_FROM_GREENLAND;
    }

    /** DOC-8: the forløb belongs to the municipality of the new address, not the one the person lives in today. */
    public boolean forloebInMunicipalityOfNewAddress() {
        return waitsForCprMoveEvent();
    }

    /** DOC-9: a move from Greenland combines the choice with a change to group 1. */
    public boolean combinedWithChangeToGroupOne() {
        return this == MOVE_FROM_GREENLAND;
    }
}

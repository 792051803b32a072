package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.card.CardOrderReason;

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

    /**
     * Why the choice's cards are ordered (CARD-2), which decides their fee (CARD-3, DOC-12): a choice of one's own is
     * the person's decision; a move is exemption 6; a practice event or mass assignment is the doctor's or region's
     * decision (5); an automatic assignment comes with a first entitlement (2), e.g. at immigration or birth.
     */
    public CardOrderReason cardOrderReason() {
        return switch (this) {
            case SELF_CHOSEN -> CardOrderReason.DOCTOR_CHANGE;
            case MOVE, MOVE_FROM_GREENLAND -> CardOrderReason.MOVE;
            case PRACTICE_EVENT, MASS_ASSIGNMENT -> CardOrderReason.DOCTOR_CHANGE_BY_PRACTICE_OR_REGION;
            case AUTOMATIC_ASSIGNMENT -> CardOrderReason.FIRST_ENTITLEMENT;
            case CPR_EVENT -> CardOrderReason.CPR_EVENT;
        };
    }

    /** DOC-9: a move from Greenland combines the choice with a change to group 1. */
    public boolean combinedWithChangeToGroupOne() {
        return this == MOVE_FROM_GREENLAND;
    }
}

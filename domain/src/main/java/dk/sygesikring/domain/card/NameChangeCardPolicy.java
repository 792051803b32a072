package dk.sygesikring.domain.card;

import java.time.LocalDate;

/**
 * CARD-11 (fixed): a name change orders a free card by itself only when the person married within the 3 months up to
 * it; CPR sends the name change and the marriage as two events, and whichever arrives first, the second decides. Any
 * other name change: the person orders the card and pays (CARD-3).
 */
public final class NameChangeCardPolicy {

    /** The rule's "within the last 3 months", not a business parameter. */
    public static final int MONTHS_AFTER_MARRIAGE = 3;

    private NameChangeCardPolicy() {
    }

    public static boolean freeCard(LocalDate marriedOn, LocalDate nameChangedOn) {
        return !marriedOn.isAfter(nameChangedOn) && !marriedOn.isBefore(nameChangedOn.minusMonths(MONTHS_AFTER_MARRIAGE));
    }
}

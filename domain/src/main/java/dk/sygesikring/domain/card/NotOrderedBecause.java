package dk.sygesikring.domain.card;

/** Why an automatic card order makes no card, with the note its forløb shows. */
public enum NotOrderedBecause {
    /** CARD-10: the person opted out of a physical card in the card app (registered in LUNA). */
    PHYSICAL_CARD_OPT_OUT("CARD-10", "Intet fysisk sundhedskort: sikrede har fravalgt det fysiske kort"),
    /** CARD-6: the address has a high road code the municipality has listed. */
    HIGH_ROAD_CODE("CARD-6", "Intet sundhedskort: adressens vejkode er på kommunens liste over høje vejkoder"),
    /** CARD-8: the person already has a card showing the same. */
    IDENTICAL_CARD("CARD-8", "Intet nyt sundhedskort: sikrede har allerede et identisk kort");

    private final String rule;
    private final String danishNote;

    NotOrderedBecause(String rule, String danishNote) {
        this.rule = rule;
        this.danishNote = danishNote;
    }

    public String rule() {
        return rule;
    }

    public String danishNote() {
        return danishNote;
    }
}

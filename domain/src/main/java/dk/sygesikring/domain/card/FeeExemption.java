package dk.sygesikring.domain.card;

/** The nine cases in which a card is issued without a fee (CARD-3), numbered as the rule numbers them. */
public enum FeeExemption {
    GENERAL_ISSUE(1, "Generel udstedelse til alle sikrede"),
    FIRST_ENTITLEMENT(2, "Første gang sikrede har ret til sygesikring"),
    RESTING_ACTIVE_TRANSITION(3, "Overgang mellem hvilende og aktiv sikring"),
    CPR_NUMBER_CHANGE(4, "Ændring af CPR-nummer"),
    DOCTOR_OR_REGION_DECISION(5, "Lægeskift efter praksisophør, ændret samarbejde eller lægens eller regionens beslutning"),
    MOVE(6, "Flytning, også med lægeskift samtidig"),
    NAME_CHANGE_AT_MARRIAGE(7, "Navneændring ved vielse"),
    CRACKED_CARD_OVER_FOUR_YEARS(8, "Revnet kort, der er mere end 4 år gammelt"),
    DEFECTIVE_MAGNETIC_STRIPE(9, "Defekt magnetstribe, der ikke skyldes misbrug");

    private final int number;
    private final String danishText;

    FeeExemption(int number, String danishText) {
        this.number = number;
        this.danishText = danishText;
    }

    public int number() {
        return number;
    }

    public String danishText() {
        return danishText;
    }
}

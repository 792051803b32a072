package dk.sygesikring.domain.card;

/**
 * CARD-7: the CPR events of a technical change of the street name, which order a card by themselves. A42 and P10
 * come in batches, which are sometimes wrong and corrected: their card waits the configured days (CFG-1, 3 days).
 */
public enum TechnicalAddressChange {
    /** Correction of the current address. */
    A09(false, "Rettelse af aktuel adresse"),
    /** Technical change of the address, in a batch. */
    A42(true, "Teknisk ændring af adresse (maskinelt)"),
    /** Change of the clear-text address, in a batch. */
    P10(true, "Ændring i klarskriftadresse (maskinelt)");

    private final boolean waits;
    private final String danishText;

    TechnicalAddressChange(boolean waits, String danishText) {
        this.waits = waits;
        this.danishText = danishText;
    }

    /** The card waits before it is ordered, in case the batch is corrected. */
    public boolean waitsBeforeOrdering() {
        return waits;
    }

    public String danishText() {
        return danishText;
    }
}

package dk.sygesikring.domain.card;

import dk.sygesikring.domain.group.Sikringsgruppe;
import java.util.Optional;

/**
 * Why a card is ordered (CARD-2), with the Danish text the forløb details show ("Årsag til kortbestilling"). The
 * reason decides the fee (CARD-3, {@link CardFeePolicy}): loss, damage and the person's own decisions are charged,
 * unless one of the nine exemptions applies; what is not the person's doing is free.
 */
public enum CardOrderReason {
    LOST("Bortkommet", Cause.LOSS_OR_DAMAGE, null),
    DAMAGED("Beskadiget", Cause.LOSS_OR_DAMAGE, null),
    /** A cracked card: free when more than 4 years old (exemption 8), else damage. */
    CRACKED("Revnet kort", Cause.LOSS_OR_DAMAGE, null),
    /** Exemption 9: a stripe worn out without misuse; misuse is {@link #DAMAGED}. */
    DEFECTIVE_MAGNETIC_STRIPE("Defekt magnetstribe", Cause.LOSS_OR_DAMAGE, FeeExemption.DEFECTIVE_MAGNETIC_STRIPE),
    CHANGED_DETAILS("Ændrede oplysninger", Cause.OWN_DECISION, null),
    DOCTOR_CHANGE("Lægeskift", Cause.OWN_DECISION, null),
    GROUP_CHANGE("Gruppeskift", Cause.OWN_DECISION, null),
    NAME_CHANGE("Navneændring", Cause.OWN_DECISION, null),
    GENERAL_ISSUE("Generel udstedelse", Cause.NOT_THE_PERSONS, FeeExemption.GENERAL_ISSUE),
    FIRST_ENTITLEMENT("Første ret til sygesikring", Cause.NOT_THE_PERSONS, FeeExemption.FIRST_ENTITLEMENT),
    /** Between resting and active insurance, e.g. military service or imprisonment starts or ends (CARD-13). */
    RESTING_ACTIVE_TRANSITION("Overgang mellem hvilende og aktiv sikring", Cause.NOT_THE_PERSONS,
            FeeExemption.RESTING_ACTIVE_TRANSITION),
    CPR_NUMBER_CHANGE("Nyt CPR-nummer", Cause.NOT_THE_PERSONS, FeeExemption.CPR_NUMBER_CHANGE),
    DOCTOR_CHANGE_BY_PRACTICE_OR_REGION("Lægeskift efter lægens eller regionens beslutning", Cause.NOT_THE_PERSONS,
            FeeExemption.DOCTOR_OR_REGION_DECISION),
    /** Moving, a doctor change at the same time included. */
    MOVE("Flytning", Cause.NOT_THE_PERSONS, FeeExemption.MOVE),
    NAME_CHANGE_AT_MARRIAGE("Navneændring ved vielse", Cause.NOT_THE_PERSONS, FeeExemption.NAME_CHANGE_AT_MARRIAGE),
    /** Another CPR event, e.g. a technical change of the street name (CARD-7). */
    CPR_EVENT("CPR-hændelse", Cause.NOT_THE_PERSONS, null);

    /** Why the card is needed, as CARD-3 sorts it. */
    enum Cause { LOSS_OR_DAMAGE, OWN_DECISION, NOT_THE_PERSONS }

    private final String danishText;
    private final Cause cause;
    private final FeeExemption exemption;

    CardOrderReason(String danishText, Cause cause, FeeExemption exemption) {
        this.danishText = danishText;
        this.cause = cause;
        this.exemption = exemption;
    }

    public String danishText() {
        return danishText;
    }

    Cause cause() {
        return cause;
    }

    /** The exemption the reason is by itself, or null ({@link #CRACKED}'s depends on the card's age). */
    FeeExemption exemption() {
        return exemption;
    }

    /** Reasons a citizen gives in self-service: their own doings, all charged (ROLE-5); exemptions are a caseworker's call. */
    public boolean isForCitizens() {
        return this == LOST || this == DAMAGED || this == CHANGED_DETAILS || this == NAME_CHANGE;
    }

    /**
     * Why a group change orders a card, if it does: a card shows group 1, 2 or 6, so a change to a resting or
     * inactive group orders none; coming back from resting insurance (4, 5) is exemption 3, and from no Danish
     * entitlement (7, 8, 9) a first entitlement (2); a change between active groups is the person's decision.
     */
    public static Optional<CardOrderReason> ofGroupChange(Optional<Sikringsgruppe> from, Sikringsgruppe to) {
        if (to != Sikringsgruppe.GROUP_1 && to != Sikringsgruppe.GROUP_2 && to != Sikringsgruppe.GROUP_6) {
            return Optional.empty();
        }
        if (from.isEmpty() || !from.get().isForActivePersons()) {
            return Optional.of(FIRST_ENTITLEMENT);
        }
        if (from.get() == Sikringsgruppe.GROUP_4 || from.get() == Sikringsgruppe.GROUP_5) {
            return Optional.of(RESTING_ACTIVE_TRANSITION);
        }
        return from.get() == to ? Optional.empty() : Optional.of(GROUP_CHANGE);
    }

    /** CARD-3 exemption 8 needs the date the cracked card was valid from. */
    public boolean needsCardValidFrom() {
        return this == CRACKED;
    }
}

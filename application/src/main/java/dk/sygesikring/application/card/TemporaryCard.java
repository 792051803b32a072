package dk.sygesikring.application.card;

import dk.sygesikring.domain.card.HealthCard;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Forloeb;
import java.util.Objects;

/**
 * A temporary health card (CARD-4): its TEMPORARY_CARD forløb and the card it shows, as issued. The forløb's one
 * SEND_LETTER activity says how far the card has come to the person's Digital Post.
 */
public record TemporaryCard(Forloeb forloeb, HealthCard card) {

    /** Where the card's letter is. */
    public enum Letter {
        /** On its way to the person's Digital Post. */
        SENDING,
        /** In the person's Digital Post. */
        DELIVERED,
        /** Digital Post could not deliver it (not enrolled, exempt, or refused): the caseworker prints it. */
        NOT_DELIVERED,
        /** The forløb was cancelled before the letter went. */
        WITHDRAWN
    }

    public TemporaryCard {
        Objects.requireNonNull(forloeb, "forloeb");
        Objects.requireNonNull(card, "card");
    }

    /** The card as its forløb recorded it when it was issued. */
    static TemporaryCard of(Forloeb forloeb) {
        return new TemporaryCard(forloeb, TemporaryCardDetails.cardOf(forloeb));
    }

    public Letter letter() {
        return switch (letterActivity(forloeb).state()) {
            case OPEN -> Letter.SENDING;
            case DONE -> Letter.DELIVERED;
            case FAILED -> Letter.NOT_DELIVERED;
            case CANCELLED -> Letter.WITHDRAWN;
        };
    }

    /** The activity whose delivery of the card's letter closes it. */
    static Activity letterActivity(Forloeb forloeb) {
        return forloeb.activities().stream().filter(activity -> activity.type() == ActivityType.SEND_LETTER).findFirst()
                .orElseThrow(() -> new IllegalStateException("temporary card " + forloeb.id() + " has no letter"));
    }
}

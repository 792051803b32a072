package dk.sygesikring.application.card;

import dk.sygesikring.domain.card.TemporaryCard;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Forloeb;
import java.util.Objects;

/** A temporary card (CARD-4) with its TEMPORARY_CARD forløb, whose one SEND_LETTER activity says where its letter is. */
public record TemporaryCardCase(Forloeb forloeb, TemporaryCard card) {

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

    public TemporaryCardCase {
        Objects.requireNonNull(forloeb, "forloeb");
        Objects.requireNonNull(card, "card");
    }

    public Letter letter() {
        return switch (forloeb.activities().stream().filter(activity -> activity.type() == ActivityType.SEND_LETTER)
                .findFirst().orElseThrow(() -> new IllegalStateException("temporary card " + forloeb.id() + " has no letter"))
                .state()) {
            case OPEN -> Letter.SENDING;
            case DONE -> Letter.DELIVERED;
            case FAILED -> Letter.NOT_DELIVERED;
            case CANCELLED -> Letter.WITHDRAWN;
        };
    }
}

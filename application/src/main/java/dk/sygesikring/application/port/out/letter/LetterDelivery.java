package dk.sygesikring.application.port.out.letter;

import dk.sygesikring.application.port.out.digitalpost.IfNotDelivered;
import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxPayload;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored letter on its way through one channel (LET-5, ADR 0029): the outbox record names the letter, whose PDF,
 * addressee and status are the letter's own, so each channel sends exactly the document that was written.
 */
public sealed interface LetterDelivery extends OutboxPayload {

    UUID letterId();

    /** The forløb's activity the letter's delivery closes. */
    UUID activityId();

    /** To Digital Post, first (LET-5); {@code ifNotDelivered} says what follows when it cannot deliver the letter. */
    record ByDigitalPost(UUID letterId, UUID activityId, IfNotDelivered ifNotDelivered) implements LetterDelivery {
        public ByDigitalPost {
            Objects.requireNonNull(letterId, "letterId");
            Objects.requireNonNull(activityId, "activityId");
            Objects.requireNonNull(ifNotDelivered, "ifNotDelivered");
        }

        @Override
        public OutboxKind kind() {
            return OutboxKind.DIGITAL_POST_LETTER;
        }
    }

    /** To the municipality's remote print supplier, printed and posted (LET-4, LET-5). */
    record ByPrint(UUID letterId, UUID activityId) implements LetterDelivery {
        public ByPrint {
            Objects.requireNonNull(letterId, "letterId");
            Objects.requireNonNull(activityId, "activityId");
        }

        @Override
        public OutboxKind kind() {
            return OutboxKind.PRINT_LETTER;
        }
    }
}

package dk.sygesikring.application.digitalpost;

import dk.sygesikring.application.port.out.LetterRenderingPort;
import dk.sygesikring.application.port.out.OutboxPort;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostLetter;
import dk.sygesikring.application.port.out.digitalpost.IfNotDelivered;
import dk.sygesikring.application.port.out.digitalpost.Recipient;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.letter.LetterText;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;

/**
 * Hands a letter to Digital Post the forløb-first way (FORL-4, LET-5): rendered to PDF now and stored in the outbox
 * in the caller's transaction, delivered by {@link DigitalPostOutboxHandler} afterwards. The PDF stored is the
 * exact document Digital Post receives, however often the delivery is tried, and can be shown later (LET-6).
 */
@Singleton
public class DigitalPostDispatch {

    private final LetterRenderingPort letters;
    private final OutboxPort outbox;

    public DigitalPostDispatch(LetterRenderingPort letters, OutboxPort outbox) {
        this.letters = letters;
        this.outbox = outbox;
    }

    /**
     * Call inside the transaction that stores the forløb with its open activity (SEND_LETTER,
     * SEND_DISPENSATION_APPLICATION, ...): the letter is stored with it or not at all. Its delivery closes that
     * activity: DONE when delivered, FAILED with a MANUAL_TASK for physical mail when Digital Post cannot deliver it.
     *
     * @return the letter's id, which Digital Post also sees as its idempotency key
     */
    public UUID enqueue(ForloebId forloeb, UUID activityId, Recipient recipient, LetterText text, Instant now) {
        return enqueue(forloeb, activityId, recipient, text, IfNotDelivered.PHYSICAL_MAIL, now);
    }

    /** The same, with what follows when Digital Post cannot deliver the letter. */
    public UUID enqueue(ForloebId forloeb, UUID activityId, Recipient recipient, LetterText text, IfNotDelivered ifNotDelivered,
                        Instant now) {
        UUID id = UUID.randomUUID();
        outbox.enqueue(id, forloeb, new DigitalPostLetter(activityId, recipient, text.title(), letters.renderPdf(text),
                ifNotDelivered), now);
        return id;
    }
}

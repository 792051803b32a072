package dk.sygesikring.application.port.out;

import java.util.Optional;
import java.util.UUID;

/**
 * The letters as they were sent (LET-6): the PDF stored with each letter when it was handed to Digital Post, read
 * back byte for byte, whatever Digital Post answered (ADR 0013, ADR 0028).
 */
public interface LetterDocumentPort {

    /** The PDF of the letter with this id (the id {@code DigitalPostDispatch.enqueue} gave); empty for no such letter. */
    Optional<byte[]> letterDocument(UUID letterId);
}

package dk.sygesikring.adapters.persistence.outbox;

import dk.sygesikring.application.port.out.LetterDocumentPort;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;

/**
 * A letter's PDF read back from its outbox row (ADR 0028): the row keeps the document after delivery, refusal or
 * withdrawal, so it is the one Digital Post received or would have.
 */
@Singleton
class LetterDocumentPersistenceAdapter implements LetterDocumentPort {

    private final OutboxRepository rows;

    LetterDocumentPersistenceAdapter(OutboxRepository rows) {
        this.rows = rows;
    }

    @Override
    public Optional<byte[]> letterDocument(UUID letterId) {
        return rows.findLetter(letterId).map(OutboxRow::document);
    }
}

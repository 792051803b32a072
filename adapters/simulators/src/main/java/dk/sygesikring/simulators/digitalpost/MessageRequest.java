package dk.sygesikring.simulators.digitalpost;

import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;

/** A message as the sender asked for it, read but not yet judged: the PDF is kept as bytes until it is checked. */
record MessageRequest(Addressee recipient, String title, UUID forloebId, byte[] document) {

    MessageRequest {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(forloebId, "forloebId");
        Objects.requireNonNull(document, "document");
    }

    /** Every field the same, the document byte for byte: a repeat of this request. */
    boolean sameAs(MessageRequest other) {
        return recipient.equals(other.recipient) && title.equals(other.title) && forloebId.equals(other.forloebId)
                && Arrays.equals(document, other.document);
    }
}

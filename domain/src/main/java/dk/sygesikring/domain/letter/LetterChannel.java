package dk.sygesikring.domain.letter;

/** How a letter travels (LET-5): Digital Post first, physical mail through the municipality's remote print supplier. */
public enum LetterChannel {
    DIGITAL_POST,
    PRINT
}

package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.letter.LetterText;

/** Renders a letter to PDF (LET-6: readable by screen readers, in Danish). */
public interface LetterRenderingPort {

    /** The PDF document's bytes. */
    byte[] renderPdf(LetterText letter);
}

package dk.sygesikring.simulators.digitalpost;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A document Digital Post accepts: a PDF that opens, has pages, and whose text can be read (and so shown or spoken). */
record ReadablePdf(int pages, String text) {

    /** Throws IllegalArgumentException saying why the bytes are not such a PDF. */
    static ReadablePdf read(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.getNumberOfPages() == 0) {
                throw new IllegalArgumentException("the document has no pages");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            return new ReadablePdf(pdf.getNumberOfPages(), stripper.getText(pdf));
        } catch (IOException e) {
            throw new IllegalArgumentException("the document is not a readable PDF: " + e.getMessage(), e);
        }
    }
}

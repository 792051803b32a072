package dk.sygesikring.adapters.letters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The typeface of letters: Liberation Sans (SIL Open Font License), which PDFBox carries in its jar. It is embedded
 * (as a subset) in every letter, so the letter looks the same everywhere and its text, æøå included, can be read
 * back and spoken by a screen reader (LET-6); the standard 14 fonts are never embedded.
 */
final class LetterFont {

    /** PDFBox's own fallback font; a PDFBox upgrade that drops it fails the letters' tests at once. */
    static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final byte[] trueType;

    private LetterFont(byte[] trueType) {
        this.trueType = trueType;
    }

    static LetterFont liberationSans() {
        try (InputStream in = LetterFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the letter font " + RESOURCE + " is not on the class path");
            }
            return new LetterFont(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("the letter font " + RESOURCE + " could not be read", e);
        }
    }

    /** The font embedded in this document, and what it can print. A PDFBox font belongs to one document. */
    Embedded embedIn(PDDocument document) throws IOException {
        return new Embedded(PDType0Font.load(document, new ByteArrayInputStream(trueType), true));
    }

    /** The font as embedded in one document. */
    static final class Embedded {

        private static final String MISSING_GLYPH = "?";

        private final PDType0Font font;
        private final Map<Integer, Boolean> printable = new HashMap<>();

        private Embedded(PDType0Font font) {
            this.font = font;
        }

        PDType0Font font() {
            return font;
        }

        /** Width in points of the text at this size. */
        float width(String text, float size) {
            try {
                return font.getStringWidth(text) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The text as this font can print it: tabs become spaces, other control characters but line breaks go, and
         * a character without a glyph becomes "?" rather than failing the letter.
         */
        String printable(String text) {
            StringBuilder result = new StringBuilder(text.length());
            text.codePoints().forEach(codePoint -> {
                if (codePoint == '\n') {
                    result.append('\n');
                } else if (codePoint == '\t') {
                    result.append(' ');
                } else if (!Character.isISOControl(codePoint)) {
                    result.append(hasGlyph(codePoint) ? Character.toString(codePoint) : MISSING_GLYPH);
                }
            });
            return result.toString();
        }

        private boolean hasGlyph(int codePoint) {
            return printable.computeIfAbsent(codePoint, candidate -> {
                try {
                    font.encode(Character.toString(candidate));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
        }
    }
}

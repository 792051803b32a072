package dk.sygesikring.adapters.letters;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where the lines of a letter go on A4 pages: block after block (date, title, paragraphs) from the top margin down,
 * a new page when the next line would cross the bottom margin. A paragraph may continue on the next page; its parts
 * stay one paragraph in the document's structure.
 */
final class LetterLayout {

    static final PDRectangle PAGE = PDRectangle.A4;
    /** 2.5 cm on every side. */
    static final float MARGIN = 71f;
    static final float COLUMN_WIDTH = PAGE.getWidth() - 2 * MARGIN;
    /** The baseline of the page number, inside the bottom margin. */
    static final float FOOTER_BASELINE = 36f;
    private static final float LINE_SPACING = 1.4f;

    /** How a block is tagged for screen readers: a heading or a paragraph. */
    enum Role { H1, P }

    /**
     * A title, date or paragraph, broken into lines.
     *
     * @param spaceBefore points left free above it, unless it starts a page
     */
    record Block(Role role, float fontSize, boolean alignRight, float spaceBefore, List<String> lines) {

        Block {
            lines = List.copyOf(lines);
        }

        float leading() {
            return fontSize * LINE_SPACING;
        }
    }

    /** A line's text and the height of its baseline on the page, in points from the bottom. */
    record Line(String text, float baseline) {
    }

    /** The lines of one block that fall on one page; {@code block} is its index. */
    record Piece(int block, List<Line> lines) {
    }

    record Page(List<Piece> pieces) {
    }

    private LetterLayout() {
    }

    static List<Page> layOut(List<Block> blocks) {
        float top = PAGE.getHeight() - MARGIN;
        List<Page> pages = new ArrayList<>();
        List<Piece> pieces = new ArrayList<>();
        float y = top;
        for (int index = 0; index < blocks.size(); index++) {
            Block block = blocks.get(index);
            if (y < top) {
                y -= block.spaceBefore();
            }
            List<Line> lines = new ArrayList<>();
            for (String text : block.lines()) {
                float baseline = y - block.leading();
                if (baseline < MARGIN && (!lines.isEmpty() || !pieces.isEmpty())) {
                    if (!lines.isEmpty()) {
                        pieces.add(new Piece(index, lines));
                        lines = new ArrayList<>();
                    }
                    pages.add(new Page(pieces));
                    pieces = new ArrayList<>();
                    baseline = top - block.leading();
                }
                lines.add(new Line(text, baseline));
                y = baseline;
            }
            if (!lines.isEmpty()) {
                pieces.add(new Piece(index, lines));
            }
        }
        pages.add(new Page(pieces));
        return pages;
    }
}

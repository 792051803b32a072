package dk.sygesikring.adapters.letters;

import dk.sygesikring.adapters.letters.LetterLayout.Block;
import dk.sygesikring.adapters.letters.LetterLayout.Line;
import dk.sygesikring.adapters.letters.LetterLayout.Page;
import dk.sygesikring.adapters.letters.LetterLayout.Piece;
import dk.sygesikring.adapters.letters.LetterLayout.Role;
import dk.sygesikring.application.port.out.LetterRenderingPort;
import dk.sygesikring.domain.letter.LetterText;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.util.Matrix;

/**
 * A letter as PDF with Apache PDFBox (LET-6): the date in Danish at the top right, the title as a heading, the
 * paragraphs wrapped to the column and continued on new pages, a page number at the foot of each page. Readable by
 * screen readers: the font is embedded with its Unicode mapping, the document is tagged (heading, paragraphs; page
 * numbers are artifacts), and language and title are set.
 */
@Singleton
class PdfLetterRenderer implements LetterRenderingPort {

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM uuuu", Locale.of("da", "DK"));
    private static final float TITLE_SIZE = 16f;
    private static final float TEXT_SIZE = 11f;
    private static final float FOOTER_SIZE = 9f;

    private final LetterFont font = LetterFont.liberationSans();

    /** "22. november 2026". */
    static String danishDate(LocalDate date) {
        return DANISH_DATE.format(date);
    }

    @Override
    public byte[] renderPdf(LetterText letter) {
        try (PDDocument pdf = new PDDocument()) {
            LetterFont.Embedded embedded = font.embedIn(pdf);
            DocumentDescription.describe(pdf, letter.title());
            List<Block> blocks = blocks(letter, embedded);
            draw(pdf, embedded, blocks, LetterLayout.layOut(blocks));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the letter could not be rendered as PDF", e);
        }
    }

    private static List<Block> blocks(LetterText letter, LetterFont.Embedded font) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(Role.P, TEXT_SIZE, true, 0, List.of(danishDate(letter.date()))));
        blocks.add(new Block(Role.H1, TITLE_SIZE, false, 2 * TEXT_SIZE, wrapped(letter.title(), TITLE_SIZE, font)));
        for (String paragraph : letter.paragraphs()) {
            blocks.add(new Block(Role.P, TEXT_SIZE, false, TEXT_SIZE, wrapped(paragraph, TEXT_SIZE, font)));
        }
        return blocks;
    }

    private static List<String> wrapped(String text, float size, LetterFont.Embedded font) {
        return new LineBreaker(line -> font.width(line, size), LetterLayout.COLUMN_WIDTH).lines(font.printable(text));
    }

    private static void draw(PDDocument pdf, LetterFont.Embedded font, List<Block> blocks, List<Page> pages)
            throws IOException {
        TaggedStructure structure = new TaggedStructure(pdf);
        List<PDStructureElement> elements = new ArrayList<>();
        for (Block block : blocks) {
            elements.add(structure.append(block.role().name()));
        }
        for (int index = 0; index < pages.size(); index++) {
            PDPage page = new PDPage(LetterLayout.PAGE);
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                for (Piece piece : pages.get(index).pieces()) {
                    Block block = blocks.get(piece.block());
                    int markedContentId = structure.mark(elements.get(piece.block()), page, index);
                    content.beginMarkedContent(COSName.getPDFName(block.role().name()), markedContentId);
                    drawLines(content, font, block, piece.lines());
                    content.endMarkedContent();
                }
                drawPageNumber(content, font, index + 1, pages.size());
            }
        }
        structure.complete();
    }

    private static void drawLines(PDPageContentStream content, LetterFont.Embedded font, Block block, List<Line> lines)
            throws IOException {
        content.beginText();
        content.setFont(font.font(), block.fontSize());
        for (Line line : lines) {
            if (line.text().isEmpty()) {
                continue;
            }
            float x = block.alignRight()
                    ? LetterLayout.PAGE.getWidth() - LetterLayout.MARGIN - font.width(line.text(), block.fontSize())
                    : LetterLayout.MARGIN;
            content.setTextMatrix(Matrix.getTranslateInstance(x, line.baseline()));
            content.showText(line.text());
        }
        content.endText();
    }

    /** "Side 1 af 2", centred; a pagination artifact that screen readers skip. */
    private static void drawPageNumber(PDPageContentStream content, LetterFont.Embedded font, int page, int pages)
            throws IOException {
        COSDictionary artifact = new COSDictionary();
        artifact.setName(COSName.TYPE, "Pagination");
        artifact.setName(COSName.SUBTYPE, "Footer");
        content.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(artifact));
        String text = "Side " + page + " af " + pages;
        content.beginText();
        content.setFont(font.font(), FOOTER_SIZE);
        float x = (LetterLayout.PAGE.getWidth() - font.width(text, FOOTER_SIZE)) / 2;
        content.setTextMatrix(Matrix.getTranslateInstance(x, LetterLayout.FOOTER_BASELINE));
        content.showText(text);
        content.endText();
        content.endMarkedContent();
    }
}

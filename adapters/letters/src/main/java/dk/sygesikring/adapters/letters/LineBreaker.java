package dk.sygesikring.adapters.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a paragraph into lines no wider than the text column: between words, a word wider than the column between
 * characters. A line break in the text ("Med venlig hilsen\nKøbenhavns Kommune") is kept; runs of spaces are one.
 */
final class LineBreaker {

    private final ToDoubleFunction<String> width;
    private final double columnWidth;

    /** @param width the printed width of a text, in the unit of {@code columnWidth} */
    LineBreaker(ToDoubleFunction<String> width, double columnWidth) {
        this.width = width;
        this.columnWidth = columnWidth;
    }

    List<String> lines(String paragraph) {
        List<String> lines = new ArrayList<>();
        for (String hardLine : paragraph.split("\n", -1)) {
            String line = "";
            for (String word : hardLine.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String longer = line.isEmpty() ? word : line + " " + word;
                if (fits(longer)) {
                    line = longer;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                line = word;
                while (!fits(line)) {
                    int cut = longestFittingPrefix(line);
                    lines.add(line.substring(0, cut));
                    line = line.substring(cut);
                }
            }
            lines.add(line);
        }
        return lines;
    }

    private boolean fits(String text) {
        return width.applyAsDouble(text) <= columnWidth;
    }

    /** At least one character, so that a column narrower than any character still ends. */
    private int longestFittingPrefix(String word) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (!fits(word.substring(0, next))) {
                break;
            }
            end = next;
        }
        return end;
    }
}

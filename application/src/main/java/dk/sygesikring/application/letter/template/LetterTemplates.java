package dk.sygesikring.application.letter.template;

import dk.sygesikring.domain.letter.LetterKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The templates of every kind of letter (LET-1, LET-8), one UTF-8 file each on the class path:
 * {@code letter-templates/<kind>.mustache}, e.g. {@code doctor-choice-receipt.mustache} for DOCTOR_CHOICE_RECEIPT.
 * They are read once, when first needed; a kind without a template, or a template that does not hold to its
 * declaration, fails then, naming the file.
 */
public final class LetterTemplates {

    static final String FOLDER = "letter-templates/";

    private static final Map<LetterKind, LetterTemplate> ALL = load();

    private LetterTemplates() {
    }

    public static LetterTemplate of(LetterKind kind) {
        return ALL.get(kind);
    }

    /** Every template, in the order of {@link LetterKind}. */
    public static List<LetterTemplate> all() {
        return List.copyOf(ALL.values());
    }

    /** The resource of a kind: its name in lower case with hyphens. */
    static String resource(LetterKind kind) {
        return FOLDER + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".mustache";
    }

    private static Map<LetterKind, LetterTemplate> load() {
        Map<LetterKind, LetterTemplate> templates = new EnumMap<>(LetterKind.class);
        Arrays.stream(LetterKind.values()).forEach(kind -> templates.put(kind, LetterTemplate.parse(kind, resource(kind), read(kind))));
        return templates;
    }

    private static String read(LetterKind kind) {
        String resource = resource(kind);
        try (InputStream in = LetterTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the " + kind + " letter has no template: " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(resource, unreadable);
        }
    }
}

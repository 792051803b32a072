package dk.sygesikring.application.letter.template;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The template of one kind of letter (LET-1, LET-8): a Mustache text whose first paragraph is the title, with the
 * fields it declares. Rendered, a blank line separates paragraphs and a line break stays a line break, so what an
 * administrator reads is what the person gets.
 *
 * <p>A template is held to its declaration when it is loaded: it uses every field it declares and no other, and it
 * renders with its samples. A writer that gives a field too many or too few, or a value of the wrong type, fails at
 * once; a name Mustache cannot resolve fails too, never printing an empty gap.
 */
public final class LetterTemplate {

    /** Letters are plain text: nothing is escaped, a missing name fails, an empty text counts as absent in a section. */
    private static final Mustache.Compiler MUSTACHE = Mustache.compiler()
            .escapeHTML(false).strictSections(true).emptyStringIsFalse(true);
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*(?:\\n[ \\t]*)+");

    private final LetterKind kind;
    private final String description;
    private final List<TemplateField> fields;
    private final String text;
    private final Template compiled;

    private LetterTemplate(LetterKind kind, TemplateFile file, Template compiled) {
        this.kind = kind;
        this.description = file.description();
        this.fields = List.copyOf(file.fields());
        this.text = file.text();
        this.compiled = compiled;
    }

    /** Reads and checks a template file; {@code name} says which file in a failure. */
    static LetterTemplate parse(LetterKind kind, String name, String source) {
        Objects.requireNonNull(kind, "kind");
        TemplateFile file = TemplateFile.parse(name, source);
        Template compiled;
        try {
            compiled = MUSTACHE.compile(file.text());
        } catch (RuntimeException wrong) { // Mustache's parse errors, and partials, which have no loader here
            throw new IllegalStateException(name + ": " + wrong.getMessage(), wrong);
        }
        Set<String> declared = new LinkedHashSet<>();
        for (TemplateField field : file.fields()) {
            if (!declared.add(field.name())) {
                throw new IllegalStateException(name + ": the field " + field.name() + " is declared twice");
            }
        }
        Set<String> used = UsedNames.of(compiled, name);
        if (!used.equals(declared)) {
            throw new IllegalStateException(name + ": the text uses " + new TreeSet<>(used) + " but the header declares "
                    + new TreeSet<>(declared) + "; each field is declared once and used");
        }
        LetterTemplate template = new LetterTemplate(kind, file, compiled);
        if (template.title(template.sampleValues()).isBlank()) {
            throw new IllegalStateException(name + ": the first paragraph, the title, is empty");
        }
        return template;
    }

    public LetterKind kind() {
        return kind;
    }

    /** When the letter is sent and to whom, for the administrator. */
    public String description() {
        return description;
    }

    public List<TemplateField> fields() {
        return fields;
    }

    /** The template's text as written: its title line, a blank line, its paragraphs, with Mustache's tags. */
    public String text() {
        return text;
    }

    /** The title line as written, tags and all (the ad-hoc letter's is the caseworker's {@code {{title}}}). */
    public String title() {
        return text.lines().findFirst().orElseThrow().strip();
    }

    /**
     * The letter of {@code date} with these values: exactly the declared fields, each of its type.
     *
     * @throws IllegalArgumentException a field missing, not declared, or of another type
     */
    public LetterText render(Map<String, ?> values, LocalDate date) {
        checkValues(values);
        List<String> blocks = blocks(execute(values));
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("the " + kind + " letter comes out empty with these values");
        }
        return new LetterText(blocks.getFirst().replace('\n', ' '), date, blocks.subList(1, blocks.size()));
    }

    /** The letter with the declared samples, to show what the template makes (LET-8). */
    public LetterText sample(LocalDate date) {
        return render(sampleValues(), date);
    }

    private Map<String, Object> sampleValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach(field -> values.put(field.name(), field.sampleValue()));
        return values;
    }

    private String title(Map<String, ?> values) {
        List<String> blocks = blocks(execute(values));
        return blocks.isEmpty() ? "" : blocks.getFirst();
    }

    private String execute(Map<String, ?> values) {
        try {
            return compiled.execute(values);
        } catch (MustacheException wrong) {
            throw new IllegalStateException("the " + kind + " letter template cannot be rendered: " + wrong.getMessage(), wrong);
        }
    }

    private void checkValues(Map<String, ?> values) {
        Set<String> missing = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (TemplateField field : fields) {
            if (!values.containsKey(field.name())) {
                missing.add(field.name());
            } else if (!field.accepts(values.get(field.name()))) {
                wrong.add(field.name() + " (a " + field.type() + ")");
            }
        }
        Set<String> unknown = new TreeSet<>(values.keySet());
        fields.forEach(field -> unknown.remove(field.name()));
        if (!missing.isEmpty() || !unknown.isEmpty() || !wrong.isEmpty()) {
            throw new IllegalArgumentException("the " + kind + " letter template is given the wrong fields: missing " + missing
                    + ", not declared " + unknown + ", of another type " + wrong);
        }
    }

    /** Paragraphs: separated by blank lines, each line stripped at its end, empty ones left out. */
    private static List<String> blocks(String rendered) {
        return BLANK_LINES.splitAsStream(rendered.replace("\r\n", "\n"))
                .map(block -> block.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("").strip())
                .filter(block -> !block.isEmpty())
                .toList();
    }

    @Override
    public String toString() {
        return "LetterTemplate[" + kind + "]";
    }
}

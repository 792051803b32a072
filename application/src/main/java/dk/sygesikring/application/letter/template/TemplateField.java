package dk.sygesikring.application.letter.template;

import java.util.List;
import java.util.Objects;

/**
 * A named value a letter template uses (LET-8): what it means, for the administrator reading the template, and a
 * sample, so the template can be shown rendered without a real person's data.
 *
 * @param sample one text for {@link Type#TEXT}, {@code true} or {@code false} for {@link Type#FLAG}, the items of a
 *               {@link Type#LIST}
 */
public record TemplateField(String name, Type type, String meaning, List<String> sample) {

    /** What kind of value the writer gives. */
    public enum Type {
        /** A text, empty when it is not known (the template leaves it out with a section: {@code {{#x}}..{{/x}}}). */
        TEXT,
        /** Yes or no: the template chooses a text with {@code {{#x}}..{{/x}}} and {@code {{^x}}..{{/x}}}. */
        FLAG,
        /** Texts in order, repeated by {@code {{#x}}{{.}}{{/x}}}. */
        LIST
    }

    public TemplateField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(meaning, "meaning");
        sample = List.copyOf(sample);
        if (!name.matches("[a-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("a field's name is a word in camelCase: " + name);
        }
        if (meaning.isBlank()) {
            throw new IllegalArgumentException("the field " + name + " says what it means");
        }
        boolean sampleFits = switch (type) {
            case TEXT -> sample.size() == 1;
            case FLAG -> sample.equals(List.of("true")) || sample.equals(List.of("false"));
            case LIST -> !sample.isEmpty();
        };
        if (!sampleFits) {
            throw new IllegalArgumentException("the sample of the " + type + " field " + name + " is not one text, "
                    + "true or false, or at least one item: " + sample);
        }
    }

    /** The sample as the writer would give the value. */
    Object sampleValue() {
        return switch (type) {
            case TEXT -> sample.getFirst();
            case FLAG -> Boolean.parseBoolean(sample.getFirst());
            case LIST -> sample;
        };
    }

    /** Whether a writer's value is of this field's type. */
    boolean accepts(Object value) {
        return switch (type) {
            case TEXT -> value instanceof String;
            case FLAG -> value instanceof Boolean;
            case LIST -> value instanceof List<?> items && items.stream().allMatch(String.class::isInstance);
        };
    }
}

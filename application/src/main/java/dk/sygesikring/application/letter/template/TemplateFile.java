package dk.sygesikring.application.letter.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One template file as written (docs/letters.md): a header of {@code description:} and {@code field:} lines, a line
 * {@code ---}, then the letter's Mustache text. The header is read here; the text is Mustache's to read.
 *
 * <pre>
 * # a comment
 * description: Til hovedpersonen, når lægevalget er registreret.
 * field: providerNumber | text | Lægens ydernummer | 050208
 * field: persons | list | Personerne, én linje hver | Sofie Nørgaard ; Ida Nørgaard
 * ---
 * Kvittering for lægevalg
 * ...
 * </pre>
 */
record TemplateFile(String description, List<TemplateField> fields, String text) {

    static final String END_OF_HEADER = "---";

    static TemplateFile parse(String name, String source) {
        List<String> lines = source.replace("\r\n", "\n").lines().toList();
        int end = lines.indexOf(END_OF_HEADER);
        if (end < 0) {
            throw new IllegalStateException(name + ": no line '" + END_OF_HEADER + "' ends the header");
        }
        String description = null;
        List<TemplateField> fields = new ArrayList<>();
        for (int number = 1; number <= end; number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? line : line.substring(0, colon).strip();
            String value = colon < 0 ? "" : line.substring(colon + 1).strip();
            try {
                switch (key) {
                    case "description" -> {
                        if (description != null) {
                            throw new IllegalArgumentException("a second description");
                        }
                        description = value;
                    }
                    case "field" -> fields.add(field(value));
                    default -> throw new IllegalArgumentException("'" + key + "' is neither description nor field");
                }
            } catch (IllegalArgumentException wrong) {
                throw new IllegalStateException(name + ", line " + number + ": " + wrong.getMessage(), wrong);
            }
        }
        if (description == null || description.isBlank()) {
            throw new IllegalStateException(name + ": the header has no description");
        }
        String text = String.join("\n", lines.subList(end + 1, lines.size())).strip();
        return new TemplateFile(description, fields, text);
    }

    /** {@code name | type | meaning | sample}; a list's sample items are separated by ';'. */
    private static TemplateField field(String declaration) {
        String[] parts = declaration.split("\\|", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("a field is 'name | text, flag or list | meaning | sample': " + declaration);
        }
        TemplateField.Type type = switch (parts[1].strip()) {
            case "text" -> TemplateField.Type.TEXT;
            case "flag" -> TemplateField.Type.FLAG;
            case "list" -> TemplateField.Type.LIST;
            default -> throw new IllegalArgumentException("a field's type is text, flag or list, not '" + parts[1].strip() + "'");
        };
        List<String> sample = type == TemplateField.Type.LIST
                ? Arrays.stream(parts[3].split(";")).map(String::strip).filter(item -> !item.isEmpty()).toList()
                : List.of(parts[3].strip());
        return new TemplateField(parts[0].strip(), type, parts[2].strip(), sample);
    }
}

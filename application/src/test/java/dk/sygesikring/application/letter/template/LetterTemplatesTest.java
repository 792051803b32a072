package dk.sygesikring.application.letter.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterText;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * LET-8: the templates every letter is written from. Each kind of letter has one, it declares what it uses, and it
 * renders with its samples; a template or a writer that does not hold to the declaration fails at once.
 */
class LetterTemplatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final String SOURCE = """
            # a comment
            description: Til prøve.
            field: name | text | Navnet | Søren Østergaard
            field: several | flag | Om der er flere | true
            field: items | list | Tingene | æble ; pære
            ---
            Brev til {{name}}

            {{#several}}Flere:{{/several}}{{^several}}Én:{{/several}}
            {{#items}}
            {{.}}
            {{/items}}


            Sidste afsnit.
            """;

    @Test
    @DisplayName("LET-8 every kind of letter has a template, in the order of the kinds: a kind added without one fails here")
    void LET8_every_kind_has_a_template() {
        assertThat(LetterTemplates.all()).extracting(LetterTemplate::kind).containsExactly(LetterKind.values());
        Arrays.stream(LetterKind.values()).forEach(kind -> assertThat(LetterTemplates.of(kind).kind()).isEqualTo(kind));
        assertThat(LetterTemplates.resource(LetterKind.DOCTOR_CHOICE_RECEIPT)).isEqualTo("letter-templates/doctor-choice-receipt.mustache");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(LetterKind.class)
    @DisplayName("LET-8 each template renders with its samples: a title, paragraphs, every sample in the text and no tag left")
    void LET8_each_template_renders_with_its_samples(LetterKind kind) {
        LetterTemplate template = LetterTemplates.of(kind);
        LetterText sample = template.sample(TODAY);

        assertThat(template.description()).isNotBlank();
        assertThat(template.fields()).isNotEmpty().allSatisfy(field -> assertThat(field.meaning()).isNotBlank());
        assertThat(sample.title()).isNotBlank().doesNotContain("\n");
        assertThat(sample.date()).isEqualTo(TODAY);
        assertThat(sample.paragraphs()).isNotEmpty().allSatisfy(paragraph -> assertThat(paragraph).isNotBlank());
        String written = sample.title() + "\n" + String.join("\n", sample.paragraphs());
        assertThat(written).doesNotContain("{{", "}}");
        template.fields().stream().filter(field -> field.type() != TemplateField.Type.FLAG)
                .flatMap(field -> field.sample().stream())
                .forEach(value -> assertThat(written).as("the sample value %s is printed", value).contains(value));
    }

    @Test
    @DisplayName("LET-8 a template is read as written: the first paragraph is the title, blank lines part paragraphs, a line break stays")
    void LET8_paragraphs_as_written() {
        LetterTemplate template = LetterTemplate.parse(LetterKind.AD_HOC, "test", SOURCE);

        assertThat(template.title()).isEqualTo("Brev til {{name}}");
        assertThat(template.description()).isEqualTo("Til prøve.");
        assertThat(template.fields()).containsExactly(
                new TemplateField("name", TemplateField.Type.TEXT, "Navnet", List.of("Søren Østergaard")),
                new TemplateField("several", TemplateField.Type.FLAG, "Om der er flere", List.of("true")),
                new TemplateField("items", TemplateField.Type.LIST, "Tingene", List.of("æble", "pære")));
        assertThat(template.text()).startsWith("Brev til {{name}}\n\n").endsWith("Sidste afsnit.");
        assertThat(template.sample(TODAY)).isEqualTo(new LetterText("Brev til Søren Østergaard", TODAY,
                List.of("Flere:\næble\npære", "Sidste afsnit.")));
        assertThat(template.render(Map.of("name", "Ida", "several", false, "items", List.of("kirsebær")), TODAY).paragraphs())
                .containsExactly("Én:\nkirsebær", "Sidste afsnit.");
    }

    @Test
    @DisplayName("LET-8 a template that names a field it does not declare fails when it is read, naming the file")
    void LET8_an_undeclared_field_fails() {
        String naming = SOURCE.replace("Sidste afsnit.", "Hilsen {{sender}}");

        assertThatThrownBy(() -> LetterTemplate.parse(LetterKind.AD_HOC, "bad.mustache", naming))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bad.mustache").hasMessageContaining("sender");
    }

    @Test
    @DisplayName("LET-8 a template that declares a field it never uses fails when it is read")
    void LET8_an_unused_field_fails() {
        String unused = SOURCE.replace("---", "field: sender | text | Afsenderen | Kommunen\n---");

        assertThatThrownBy(() -> LetterTemplate.parse(LetterKind.AD_HOC, "unused.mustache", unused))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sender");
    }

    @Test
    @DisplayName("LET-8 a writer that leaves out a field, adds one or gives one of another type fails: no letter with a gap")
    void LET8_a_writer_must_give_exactly_the_fields() {
        LetterTemplate template = LetterTemplate.parse(LetterKind.AD_HOC, "test", SOURCE);
        Map<String, Object> values = new HashMap<>(Map.of("name", "Ida", "several", true, "items", List.of("æble")));

        values.remove("name");
        assertThatThrownBy(() -> template.render(values, TODAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing [name]");
        values.put("name", "Ida");
        values.put("sender", "Kommunen");
        assertThatThrownBy(() -> template.render(values, TODAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not declared [sender]");
        values.remove("sender");
        values.put("several", "ja");
        assertThatThrownBy(() -> template.render(values, TODAY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("several (a FLAG)");
    }

    @Test
    @DisplayName("LET-8 a file without its header, with an unknown header line, a bad sample or a partial fails, naming the file")
    void LET8_malformed_files_fail() {
        assertThatThrownBy(() -> LetterTemplate.parse(LetterKind.AD_HOC, "a.mustache", "Titel\n\nTekst"))
                .hasMessageContaining("a.mustache").hasMessageContaining("---");
        assertThatThrownBy(() -> LetterTemplate.parse(LetterKind.AD_HOC, "b.mustache", "title: x\n---\nTitel"))
                .hasMessageContaining("b.mustache, line 1");
        assertThatThrownBy(() -> LetterTemplate.parse(LetterKind.AD_HOC, "c.mustache",
                "description: x\nfield: yes | flag | Ja | ja\n---\n{{#yes}}Titel{{/yes}}")).hasMessageContaining("c.mustache, line 2");
        assertThatThrownBy(() -> LetterTemplate.parse(LetterKind.AD_HOC, "d.mustache", "description: x\n---\nTitel\n\n{{> other}}"))
                .hasMessageContaining("d.mustache");
        assertThatThrownBy(() -> LetterTemplate.parse(LetterKind.AD_HOC, "e.mustache", "description: x\n---\n{{#open}}Titel"))
                .hasMessageContaining("e.mustache");
    }

    @Test
    @DisplayName("LET-8 text given by a person is printed as it is: Mustache's tags in it are not read, nothing is escaped")
    void LET8_values_are_printed_as_given() {
        LetterTemplate template = LetterTemplate.parse(LetterKind.AD_HOC, "test", SOURCE);

        assertThat(template.render(Map.of("name", "{{several}} & <Ida>", "several", true, "items", List.of("a")), TODAY).title())
                .isEqualTo("Brev til {{several}} & <Ida>");
    }
}

package dk.sygesikring.application.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.application.letter.template.LetterTemplate;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.letter.LetterText;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** LET-8: administrators look at the letter templates in the configuration, and at a sample of each. */
class LetterTemplatesUseCaseTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final MunicipalAdministrator ADMINISTRATOR = new MunicipalAdministrator("adm-580-1", MunicipalityCode.of("580"));

    private final List<LetterText> rendered = new ArrayList<>();
    private final LetterTemplatesService templates = new LetterTemplatesService(text -> {
        rendered.add(text);
        return text.title().getBytes(StandardCharsets.UTF_8);
    }, CLOCK);

    @Test
    @DisplayName("LET-8 a municipal administrator and the system read every template, one per kind of letter")
    void LET8_administrators_read_every_template() {
        assertThat(value(templates.templates(ADMINISTRATOR))).extracting(LetterTemplate::kind).containsExactly(LetterKind.values());
        assertThat(value(templates.templates(new SystemActor("national-operator")))).hasSize(LetterKind.values().length);
        assertThat(value(templates.template(ADMINISTRATOR, "FIFTEEN_YEAR")).text()).contains("{{name}}");
    }

    @Test
    @DisplayName("LET-8 the sample is the template rendered with its samples, dated today, by the letters' renderer")
    void LET8_sample_is_rendered_by_the_letters_renderer() {
        byte[] pdf = value(templates.samplePdf(ADMINISTRATOR, "DOCTOR_CHOICE_RECEIPT"));

        assertThat(new String(pdf, StandardCharsets.UTF_8)).isEqualTo("Kvittering for lægevalg");
        assertThat(rendered).singleElement().satisfies(letter -> {
            assertThat(letter.date()).isEqualTo(LocalDate.of(2026, 12, 4));
            assertThat(letter.paragraphs().getFirst()).contains("Sofie Nørgaard, CPR-nummer 220785-9902");
        });
    }

    @Test
    @DisplayName("LET-8 caseworkers and citizens are refused by rule LET-8; an unknown kind is not found")
    void LET8_others_are_refused() {
        Caseworker caseworker = new Caseworker("cw-580-1", MunicipalityCode.of("580"), false);
        assertThat(templates.templates(caseworker).refusedBecause()).contains(LetterTemplatesService.FOR_ADMINISTRATORS);
        assertThat(templates.samplePdf(new Citizen(Cpr.of("2207859902")), "AD_HOC").refusedBecause())
                .contains(LetterTemplatesService.FOR_ADMINISTRATORS);
        assertThat(LetterTemplatesService.FOR_ADMINISTRATORS.rule()).isEqualTo("LET-8");
        assertThat(templates.template(ADMINISTRATOR, "COFFEE_LETTER").refusedBecause()).contains(LetterTemplatesService.NOT_FOUND);
        assertThat(templates.template(ADMINISTRATOR, "doctor_choice_receipt").refusedBecause()).contains(LetterTemplatesService.NOT_FOUND);
        assertThat(rendered).isEmpty();
    }

    private static <T> T value(Outcome<T> outcome) {
        return ((Outcome.Success<T>) outcome).value();
    }
}

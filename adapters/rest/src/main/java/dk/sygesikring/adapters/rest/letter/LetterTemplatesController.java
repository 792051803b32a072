package dk.sygesikring.adapters.rest.letter;

import static dk.sygesikring.adapters.rest.problem.Outcomes.valueOrRefuse;

import dk.sygesikring.adapters.rest.security.CurrentActor;
import dk.sygesikring.api.LetterTemplatesApi;
import dk.sygesikring.api.model.LetterKindDto;
import dk.sygesikring.api.model.LetterTemplateDto;
import dk.sygesikring.api.model.LetterTemplateFieldDto;
import dk.sygesikring.api.model.LetterTemplateFieldTypeDto;
import dk.sygesikring.api.model.LetterTemplateSummaryDto;
import dk.sygesikring.application.letter.ReadLetterTemplatesUseCase;
import dk.sygesikring.application.letter.template.LetterTemplate;
import dk.sygesikring.application.letter.template.TemplateField;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.server.types.files.FileCustomizableResponseType;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** The letter templates for administrators (LET-8): as data, as text, and as a sample PDF. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class LetterTemplatesController implements LetterTemplatesApi {

    private static final MediaType PDF = MediaType.of("application/pdf");

    private final ReadLetterTemplatesUseCase templates;
    private final CurrentActor currentActor;
    private final Clock clock;

    LetterTemplatesController(ReadLetterTemplatesUseCase templates, CurrentActor currentActor, Clock clock) {
        this.templates = templates;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public List<LetterTemplateSummaryDto> listLetterTemplates() {
        return valueOrRefuse(templates.templates(currentActor.get())).stream()
                .map(template -> new LetterTemplateSummaryDto(kind(template), template.title(), template.description(), fields(template)))
                .toList();
    }

    @Override
    public LetterTemplateDto getLetterTemplate(String kind) {
        LetterTemplate template = valueOrRefuse(templates.template(currentActor.get(), kind));
        return new LetterTemplateDto(kind(template), template.title(), template.description(), fields(template), template.text());
    }

    /** A sample holds no one's data, but it is made anew each time (dated today): not kept by caches. */
    @Override
    public HttpResponse<FileCustomizableResponseType> getLetterTemplateSample(String kind) {
        byte[] pdf = valueOrRefuse(templates.samplePdf(currentActor.get(), kind));
        return HttpResponse.<FileCustomizableResponseType>ok(new StreamedFile(new ByteArrayInputStream(pdf), PDF,
                        clock.millis(), pdf.length))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"brevskabelon-" + kind.toLowerCase(Locale.ROOT).replace('_', '-') + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static LetterKindDto kind(LetterTemplate template) {
        return LetterKindDto.valueOf(template.kind().name());
    }

    private static List<LetterTemplateFieldDto> fields(LetterTemplate template) {
        return template.fields().stream().map(LetterTemplatesController::field).toList();
    }

    private static LetterTemplateFieldDto field(TemplateField field) {
        return new LetterTemplateFieldDto(field.name(), LetterTemplateFieldTypeDto.valueOf(field.type().name()), field.meaning(),
                field.sample());
    }
}

package dk.sygesikring.application.letter;

import dk.sygesikring.application.letter.template.LetterTemplate;
import dk.sygesikring.application.letter.template.LetterTemplates;
import dk.sygesikring.application.port.out.LetterRenderingPort;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The letter templates as an administrator sees them in the configuration (LET-8): the very templates the letters are
 * written from, and a sample rendered by the renderer that renders the letters sent. Municipal administrators and the
 * national operator (SYSTEM) read them; the templates are the same for every municipality.
 */
@Singleton
public class LetterTemplatesService implements ReadLetterTemplatesUseCase {

    static final Refusal FOR_ADMINISTRATORS = Refusal.forbidden("letter-templates-for-administrators", "LET-8",
            "The letter templates are read by administrators and the system");
    static final Refusal NOT_FOUND = Refusal.notFound("letter-template-not-found", "No kind of letter has this name");

    private final LetterRenderingPort renderer;
    private final Clock clock;

    public LetterTemplatesService(LetterRenderingPort renderer, Clock clock) {
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public Outcome<List<LetterTemplate>> templates(Actor reader) {
        return administrator(reader).map(admitted -> LetterTemplates.all());
    }

    @Override
    public Outcome<LetterTemplate> template(Actor reader, String kind) {
        return administrator(reader).flatMap(admitted -> Outcome.present(Arrays.stream(LetterKind.values())
                .filter(known -> known.name().equals(kind)).findFirst(), NOT_FOUND)).map(LetterTemplates::of);
    }

    @Override
    public Outcome<byte[]> samplePdf(Actor reader, String kind) {
        return template(reader, kind).map(template -> renderer.renderPdf(template.sample(LocalDate.now(clock))));
    }

    private static Outcome<Actor> administrator(Actor reader) {
        return reader instanceof MunicipalAdministrator || reader instanceof SystemActor
                ? Outcome.success(reader) : Outcome.refused(FOR_ADMINISTRATORS);
    }
}

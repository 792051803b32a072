package dk.sygesikring.adapters.rest.letter;

import static dk.sygesikring.adapters.rest.problem.Outcomes.valueOrRefuse;

import dk.sygesikring.adapters.rest.person.CprPathParameter;
import dk.sygesikring.adapters.rest.security.CurrentActor;
import dk.sygesikring.api.LettersApi;
import dk.sygesikring.api.model.LetterDto;
import dk.sygesikring.api.model.LetterPageDto;
import dk.sygesikring.application.letter.LetterDocument;
import dk.sygesikring.application.letter.LetterPage;
import dk.sygesikring.application.letter.LettersOfPersonQuery;
import dk.sygesikring.application.letter.ReadLettersUseCase;
import dk.sygesikring.domain.forloeb.ForloebId;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.server.types.files.FileCustomizableResponseType;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

/** The letters and their delivery status (LET-6), per forløb, per person and one by one, with their PDFs. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class LettersController implements LettersApi {

    /** The contract's default page size, for a caller who sends no {@code limit}. */
    static final int DEFAULT_LIMIT = 50;

    private final ReadLettersUseCase letters;
    private final CurrentActor currentActor;

    LettersController(ReadLettersUseCase letters, CurrentActor currentActor) {
        this.letters = letters;
        this.currentActor = currentActor;
    }

    @Override
    public List<LetterDto> listForloebLetters(UUID forloebId) {
        return valueOrRefuse(letters.ofForloeb(currentActor.get(), new ForloebId(forloebId))).stream()
                .map(LetterDtoMapper::toDto).toList();
    }

    @Override
    public LetterPageDto listPersonLetters(String cpr, Integer limit, String cursor) {
        LetterPage page = valueOrRefuse(letters.ofPerson(new LettersOfPersonQuery(currentActor.get(), CprPathParameter.parse(cpr),
                LetterCursor.parse(cursor), limit == null ? DEFAULT_LIMIT : limit)));
        return new LetterPageDto(page.letters().stream().map(LetterDtoMapper::toDto).toList())
                .next(page.next().map(LetterCursor::of).orElse(null));
    }

    @Override
    public LetterDto getLetter(UUID letterId) {
        return LetterDtoMapper.toDto(valueOrRefuse(letters.read(currentActor.get(), letterId)));
    }

    /** The PDF as stored; not to be kept by caches on the way, since it holds CPR numbers. */
    @Override
    public HttpResponse<FileCustomizableResponseType> getLetterDocument(UUID letterId) {
        LetterDocument letter = valueOrRefuse(letters.document(currentActor.get(), letterId));
        return HttpResponse.<FileCustomizableResponseType>ok(new StreamedFile(new ByteArrayInputStream(letter.pdf()), MediaType.APPLICATION_PDF_TYPE,
                        letter.writtenAt().toEpochMilli(), letter.pdf().length))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"brev-" + letterId + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}

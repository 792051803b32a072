package dk.sygesikring.adapters.rest.letter;

import static dk.sygesikring.adapters.rest.problem.Outcomes.valueOrRefuse;

import dk.sygesikring.adapters.rest.forloeb.ForloebDtoMapper;
import dk.sygesikring.adapters.rest.idempotency.IdempotencyKeyHeader;
import dk.sygesikring.adapters.rest.person.CprPathParameter;
import dk.sygesikring.adapters.rest.problem.InvalidRequestException;
import dk.sygesikring.adapters.rest.security.CurrentActor;
import dk.sygesikring.api.AdHocLettersApi;
import dk.sygesikring.api.model.AdHocLetterDto;
import dk.sygesikring.api.model.AdHocLetterRequestDto;
import dk.sygesikring.api.model.InvalidParamDto;
import dk.sygesikring.application.letter.adhoc.AdHocLetterCase;
import dk.sygesikring.application.letter.adhoc.SendAdHocLetterCommand;
import dk.sygesikring.application.letter.adhoc.SendAdHocLetterUseCase;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.ArrayList;
import java.util.List;

/** A caseworker's own letter from the standard template (LET-1), answered with its forløb, the letter and its place. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class AdHocLettersController implements AdHocLettersApi {

    static final String NOT_BLANK = "must not be blank";

    private final SendAdHocLetterUseCase adHocLetters;
    private final CurrentActor currentActor;

    AdHocLettersController(SendAdHocLetterUseCase adHocLetters, CurrentActor currentActor) {
        this.adHocLetters = adHocLetters;
        this.currentActor = currentActor;
    }

    @Override
    public HttpResponse<AdHocLetterDto> sendAdHocLetter(String cpr, AdHocLetterRequestDto request, String idempotencyKey) {
        requireWords(request);
        AdHocLetterCase sent = valueOrRefuse(adHocLetters.send(new SendAdHocLetterCommand(currentActor.get(),
                CprPathParameter.parse(cpr), request.getTitle(), request.getParagraphs(),
                IdempotencyKeyHeader.parse(idempotencyKey))));
        return HttpResponse.accepted()
                .header(HttpHeaders.LOCATION, "/letters/" + sent.letter().id())
                .body(new AdHocLetterDto(ForloebDtoMapper.toDto(sent.forloeb()), LetterDtoMapper.toDto(sent.letter())));
    }

    /**
     * The contract's patterns refuse text of ASCII blanks; this also refuses text of only other Unicode spaces (an em
     * space), which its regular expressions count as words but a letter does not.
     */
    private static void requireWords(AdHocLetterRequestDto request) {
        List<InvalidParamDto> blank = new ArrayList<>();
        if (request.getTitle().isBlank()) {
            blank.add(new InvalidParamDto("title", NOT_BLANK));
        }
        for (int i = 0; i < request.getParagraphs().size(); i++) {
            if (request.getParagraphs().get(i).isBlank()) {
                blank.add(new InvalidParamDto("paragraphs[" + i + "]", NOT_BLANK));
            }
        }
        if (!blank.isEmpty()) {
            throw new InvalidRequestException(blank);
        }
    }
}

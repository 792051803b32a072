package dk.sygesikring.adapters.rest.card;

import static dk.sygesikring.adapters.rest.problem.Outcomes.valueOrRefuse;

import dk.sygesikring.adapters.rest.forloeb.ForloebDtoMapper;
import dk.sygesikring.adapters.rest.idempotency.IdempotencyKeyHeader;
import dk.sygesikring.adapters.rest.person.CprPathParameter;
import dk.sygesikring.adapters.rest.security.CurrentActor;
import dk.sygesikring.api.TemporaryCardsApi;
import dk.sygesikring.api.model.TemporaryCardDigitalPostDto;
import dk.sygesikring.api.model.TemporaryCardDto;
import dk.sygesikring.application.card.IssueTemporaryCardCommand;
import dk.sygesikring.application.card.IssueTemporaryCardUseCase;
import dk.sygesikring.application.card.TemporaryCardCase;
import dk.sygesikring.application.card.TemporaryCardDocument;
import dk.sygesikring.application.card.TemporaryCardDocumentUseCase;
import dk.sygesikring.domain.forloeb.ForloebId;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.server.types.files.FileCustomizableResponseType;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.ByteArrayInputStream;
import java.util.UUID;

/** Temporary health cards (CARD-4): issued by a caseworker, printed in the municipality that issued them. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class TemporaryCardsController implements TemporaryCardsApi {

    static final MediaType PDF = MediaType.of("application/pdf");

    private final IssueTemporaryCardUseCase issue;
    private final TemporaryCardDocumentUseCase documents;
    private final CurrentActor currentActor;

    TemporaryCardsController(IssueTemporaryCardUseCase issue, TemporaryCardDocumentUseCase documents, CurrentActor currentActor) {
        this.issue = issue;
        this.documents = documents;
        this.currentActor = currentActor;
    }

    @Override
    @Consumes(MediaType.ALL) // no body is read
    public HttpResponse<TemporaryCardDto> issueTemporaryCard(String cpr, String idempotencyKey) {
        TemporaryCardCase issued = valueOrRefuse(issue.issue(new IssueTemporaryCardCommand(currentActor.get(),
                CprPathParameter.parse(cpr), IdempotencyKeyHeader.parse(idempotencyKey))));
        return HttpResponse.accepted().body(new TemporaryCardDto(ForloebDtoMapper.toDto(issued.forloeb()),
                CardOrderDtoMapper.toDto(issued.card().card()), TemporaryCardDigitalPostDto.valueOf(issued.letter().name())));
    }

    /** The PDF as sent; not to be kept by caches on the way, since it holds the person's CPR number. */
    @Override
    public HttpResponse<FileCustomizableResponseType> getTemporaryCardDocument(UUID forloebId) {
        TemporaryCardDocument card = valueOrRefuse(documents.document(currentActor.get(), new ForloebId(forloebId)));
        return HttpResponse.<FileCustomizableResponseType>ok(new StreamedFile(new ByteArrayInputStream(card.pdf()), PDF,
                        card.issuedAt().toEpochMilli(), card.pdf().length))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"midlertidigt-sundhedskort-" + forloebId + ".pdf\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}

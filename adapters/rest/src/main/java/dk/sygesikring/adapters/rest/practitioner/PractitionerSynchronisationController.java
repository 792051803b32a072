package dk.sygesikring.adapters.rest.practitioner;

import static dk.sygesikring.adapters.rest.problem.Outcomes.valueOrRefuse;

import dk.sygesikring.adapters.rest.forloeb.ForloebDtoMapper;
import dk.sygesikring.adapters.rest.security.CurrentActor;
import dk.sygesikring.api.PractitionerSynchronisationApi;
import dk.sygesikring.api.model.PractitionerSynchronisationDto;
import dk.sygesikring.api.model.PractitionerSynchronisationOutcomeDto;
import dk.sygesikring.api.model.PractitionerSynchronisationTriggerDto;
import dk.sygesikring.application.practitioner.PractitionerSynchronisation;
import dk.sygesikring.application.practitioner.SynchronisePractitionersUseCase;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;

/** INT-1 over HTTP: the runs of the practitioner synchronisation with LUNA, and one run now. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class PractitionerSynchronisationController implements PractitionerSynchronisationApi {

    private static final int DEFAULT_LIMIT = 20;

    private final SynchronisePractitionersUseCase synchronisation;
    private final CurrentActor currentActor;

    PractitionerSynchronisationController(SynchronisePractitionersUseCase synchronisation, CurrentActor currentActor) {
        this.synchronisation = synchronisation;
        this.currentActor = currentActor;
    }

    @Override
    public List<PractitionerSynchronisationDto> listPractitionerSynchronisations(Integer limit) {
        return valueOrRefuse(synchronisation.latest(currentActor.get(), limit == null ? DEFAULT_LIMIT : limit)).stream()
                .map(PractitionerSynchronisationController::toDto).toList();
    }

    @Override
    @Consumes(MediaType.ALL) // no body is read
    public HttpResponse<PractitionerSynchronisationDto> synchronisePractitioners() {
        return HttpResponse.created(toDto(valueOrRefuse(synchronisation.synchroniseOnDemand(currentActor.get()))));
    }

    private static PractitionerSynchronisationDto toDto(PractitionerSynchronisation run) {
        PractitionerSynchronisationDto dto = new PractitionerSynchronisationDto(run.id(),
                PractitionerSynchronisationTriggerDto.valueOf(run.trigger().name()), ForloebDtoMapper.time(run.startedAt()),
                ForloebDtoMapper.time(run.finishedAt()), switch (run.result()) {
                    case PractitionerSynchronisation.Completed completed -> PractitionerSynchronisationOutcomeDto.COMPLETED;
                    case PractitionerSynchronisation.Failed failed -> PractitionerSynchronisationOutcomeDto.FAILED;
                });
        run.requestedBy().ifPresent(by -> dto.requestedBy(ForloebDtoMapper.actor(by)));
        switch (run.result()) {
            case PractitionerSynchronisation.Completed completed -> dto.listed(completed.listed()).added(completed.added())
                    .changed(completed.changed()).closed(completed.closed());
            case PractitionerSynchronisation.Failed failed -> dto.failure(failed.reason());
        }
        return dto;
    }
}

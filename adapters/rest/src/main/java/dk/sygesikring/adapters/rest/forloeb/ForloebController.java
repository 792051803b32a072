package dk.sygesikring.adapters.rest.forloeb;

import static dk.sygesikring.adapters.rest.problem.Outcomes.valueOrRefuse;

import dk.sygesikring.adapters.rest.security.CurrentActor;
import dk.sygesikring.api.ForloebApi;
import dk.sygesikring.api.model.ForloebDto;
import dk.sygesikring.application.forloeb.ForloebUseCase;
import dk.sygesikring.domain.forloeb.ForloebId;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.UUID;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class ForloebController implements ForloebApi {

    private final ForloebUseCase forloeb;
    private final CurrentActor currentActor;

    ForloebController(ForloebUseCase forloeb, CurrentActor currentActor) {
        this.forloeb = forloeb;
        this.currentActor = currentActor;
    }

    @Override
    public ForloebDto getForloeb(UUID forloebId) {
        return ForloebDtoMapper.toDto(valueOrRefuse(forloeb.read(currentActor.get(), new ForloebId(forloebId))));
    }

    @Override
    @Consumes(MediaType.ALL) // no body is read
    public ForloebDto cancelForloeb(UUID forloebId) {
        return ForloebDtoMapper.toDto(valueOrRefuse(forloeb.cancel(currentActor.get(), new ForloebId(forloebId))));
    }
}

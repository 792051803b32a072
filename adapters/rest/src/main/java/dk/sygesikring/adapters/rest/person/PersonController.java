package dk.sygesikring.adapters.rest.person;

import static dk.sygesikring.adapters.rest.problem.Outcomes.valueOrRefuse;

import dk.sygesikring.adapters.rest.security.CurrentActor;
import dk.sygesikring.api.PersonsApi;
import dk.sygesikring.api.model.FamilyAndResidenceDto;
import dk.sygesikring.api.model.PersonDto;
import dk.sygesikring.api.model.PersonOverviewDto;
import dk.sygesikring.application.person.LookUpPersonInCprUseCase;
import dk.sygesikring.application.person.ReadPersonOverviewUseCase;
import dk.sygesikring.application.person.ReadPersonUseCase;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class PersonController implements PersonsApi {

    private final ReadPersonUseCase readPerson;
    private final ReadPersonOverviewUseCase readOverview;
    private final LookUpPersonInCprUseCase lookUpInCpr;
    private final CurrentActor currentActor;

    PersonController(ReadPersonUseCase readPerson, ReadPersonOverviewUseCase readOverview, LookUpPersonInCprUseCase lookUpInCpr,
                     CurrentActor currentActor) {
        this.readPerson = readPerson;
        this.readOverview = readOverview;
        this.lookUpInCpr = lookUpInCpr;
        this.currentActor = currentActor;
    }

    @Override
    public PersonDto getPerson(String cpr) {
        return PersonDtoMapper.toDto(valueOrRefuse(readPerson.readPerson(currentActor.get(), CprPathParameter.parse(cpr))));
    }

    @Override
    public FamilyAndResidenceDto getFamilyAndResidence(String cpr) {
        return PersonDtoMapper.toDto(valueOrRefuse(readPerson.readFamily(currentActor.get(), CprPathParameter.parse(cpr))));
    }

    @Override
    public PersonOverviewDto getPersonOverview(String cpr) {
        return PersonDtoMapper.toDto(valueOrRefuse(readOverview.readOverview(currentActor.get(), CprPathParameter.parse(cpr))));
    }

    @Override
    @Consumes(MediaType.ALL) // no body is read: whatever content type a client sends with an empty POST is fine
    public PersonDto lookUpPersonInCpr(String cpr) {
        return PersonDtoMapper.toDto(valueOrRefuse(lookUpInCpr.lookUp(currentActor.caseworker(), CprPathParameter.parse(cpr))));
    }
}

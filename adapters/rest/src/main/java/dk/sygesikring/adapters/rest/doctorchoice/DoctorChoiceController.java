package dk.sygesikring.adapters.rest.doctorchoice;

import static dk.sygesikring.adapters.rest.problem.Outcomes.valueOrRefuse;

import dk.sygesikring.adapters.rest.person.CprPathParameter;
import dk.sygesikring.adapters.rest.security.CurrentActor;
import dk.sygesikring.api.DoctorChoiceApi;
import dk.sygesikring.api.model.ChoiceListDto;
import dk.sygesikring.api.model.ChoiceListEntryAvailabilityDto;
import dk.sygesikring.api.model.ChoiceListEntryDto;
import dk.sygesikring.application.doctorchoice.ChoiceListUseCase;
import dk.sygesikring.domain.doctorchoice.ChoiceList;
import dk.sygesikring.domain.doctorchoice.ChoiceListEntry;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class DoctorChoiceController implements DoctorChoiceApi {

    private final ChoiceListUseCase choiceList;
    private final CurrentActor currentActor;

    DoctorChoiceController(ChoiceListUseCase choiceList, CurrentActor currentActor) {
        this.choiceList = choiceList;
        this.currentActor = currentActor;
    }

    @Override
    public ChoiceListDto getChoiceList(String cpr) {
        ChoiceList list = valueOrRefuse(choiceList.choiceList(currentActor.get(), CprPathParameter.parse(cpr)));
        return switch (list) {
            case ChoiceList.Listed listed -> new ChoiceListDto(listed.cpr().value(), true, listed.limit().kilometres(),
                    listed.entries().stream().map(DoctorChoiceController::toDto).toList());
            case ChoiceList.NotListed notListed -> new ChoiceListDto(notListed.cpr().value(), false, 0.0, java.util.List.of())
                    .notListedReason(notListed.why().reason());
        };
    }

    private static ChoiceListEntryDto toDto(ChoiceListEntry entry) {
        return new ChoiceListEntryDto(entry.practitioner().providerNumber().value(), entry.practitioner().practiceName(),
                entry.practitioner().municipalityCode().value(), entry.practitioner().address().display(),
                entry.distanceKilometres(), entry.openForPerson(),
                ChoiceListEntryAvailabilityDto.valueOf(entry.availability().verdict().name()),
                entry.availability().rule(), entry.availability().reason());
    }
}

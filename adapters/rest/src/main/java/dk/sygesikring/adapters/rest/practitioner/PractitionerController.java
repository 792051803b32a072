package dk.sygesikring.adapters.rest.practitioner;

import static dk.sygesikring.adapters.rest.problem.Outcomes.valueOrRefuse;

import dk.sygesikring.adapters.rest.person.PersonDtoMapper;
import dk.sygesikring.adapters.rest.problem.InvalidRequestException;
import dk.sygesikring.adapters.rest.security.CurrentActor;
import dk.sygesikring.api.PractitionersApi;
import dk.sygesikring.api.model.PractitionerDto;
import dk.sygesikring.api.model.PractitionerKindDto;
import dk.sygesikring.api.model.PractitionerSummaryDto;
import dk.sygesikring.application.practitioner.SearchPractitionersUseCase;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class PractitionerController implements PractitionersApi {

    private final SearchPractitionersUseCase practitioners;
    private final CurrentActor currentActor;

    PractitionerController(SearchPractitionersUseCase practitioners, CurrentActor currentActor) {
        this.practitioners = practitioners;
        this.currentActor = currentActor;
    }

    @Override
    public List<PractitionerSummaryDto> searchPractitioners(String q, List<String> municipality, Boolean extended, Integer limit) {
        Set<MunicipalityCode> municipalities = municipality == null ? Set.of()
                : municipality.stream().map(MunicipalityCode::of).collect(Collectors.toSet());
        return practitioners.search(currentActor.get(), q, municipalities, Boolean.TRUE.equals(extended), limit == null ? 50 : limit)
                .stream().map(PractitionerController::toSummary).toList();
    }

    @Override
    public PractitionerDto getPractitioner(String providerNumber) {
        if (!providerNumber.matches("\\d{6}")) {
            throw new InvalidRequestException("providerNumber", "a provider number (ydernummer) has 6 digits");
        }
        Practitioner practitioner = valueOrRefuse(practitioners.details(ProviderNumber.of(providerNumber)));
        return new PractitionerDto(practitioner.providerNumber().value(), practitioner.practiceName(),
                PractitionerKindDto.valueOf(practitioner.kind().name()), practitioner.open(),
                practitioner.municipalityCode().value(), PersonDtoMapper.toDto(practitioner.address()),
                practitioner.capacity(), practitioner.closingLimit(), practitioner.registeredPatients(),
                practitioner.selectivelyOpenPostcodes().stream().sorted().toList());
    }

    private static PractitionerSummaryDto toSummary(Practitioner practitioner) {
        return new PractitionerSummaryDto(practitioner.providerNumber().value(), practitioner.practiceName(),
                PractitionerKindDto.valueOf(practitioner.kind().name()), practitioner.open(),
                practitioner.municipalityCode().value(), practitioner.address().display());
    }
}

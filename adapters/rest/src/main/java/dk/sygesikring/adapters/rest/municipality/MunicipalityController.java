package dk.sygesikring.adapters.rest.municipality;

import dk.sygesikring.api.MunicipalitiesApi;
import dk.sygesikring.api.model.MunicipalityDto;
import dk.sygesikring.application.municipality.ListMunicipalitiesUseCase;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class MunicipalityController implements MunicipalitiesApi {

    private final ListMunicipalitiesUseCase municipalities;

    MunicipalityController(ListMunicipalitiesUseCase municipalities) {
        this.municipalities = municipalities;
    }

    @Override
    public List<MunicipalityDto> listMunicipalities() {
        return municipalities.listMunicipalities().stream()
                .map(municipality -> new MunicipalityDto(municipality.code().value(), municipality.name()))
                .toList();
    }
}

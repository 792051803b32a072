package dk.sygesikring.application.municipality;

import dk.sygesikring.application.port.out.LoadMunicipalitiesPort;
import dk.sygesikring.domain.municipality.Municipality;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
public class MunicipalityService implements ListMunicipalitiesUseCase {

    private final LoadMunicipalitiesPort municipalities;

    public MunicipalityService(LoadMunicipalitiesPort municipalities) {
        this.municipalities = municipalities;
    }

    @Override
    public List<Municipality> listMunicipalities() {
        return municipalities.loadMunicipalities();
    }
}

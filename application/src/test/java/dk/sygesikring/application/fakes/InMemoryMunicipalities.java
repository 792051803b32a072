package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.LoadMunicipalitiesPort;
import dk.sygesikring.domain.municipality.Municipality;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import java.util.List;

/** The municipalities the use-case tests meet: Thisted, where their persons live, and Odense. */
public final class InMemoryMunicipalities implements LoadMunicipalitiesPort {

    @Override
    public List<Municipality> loadMunicipalities() {
        return List.of(new Municipality(MunicipalityCode.of("461"), "Odense"), new Municipality(TestData.THISTED, "Thisted"));
    }
}

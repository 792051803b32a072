package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.municipality.Municipality;
import java.util.List;

public interface LoadMunicipalitiesPort {
    /** All municipalities, ordered by code. */
    List<Municipality> loadMunicipalities();
}

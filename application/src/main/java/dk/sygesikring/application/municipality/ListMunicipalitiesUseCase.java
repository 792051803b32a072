package dk.sygesikring.application.municipality;

import dk.sygesikring.domain.municipality.Municipality;
import java.util.List;

public interface ListMunicipalitiesUseCase {
    /** The 98 municipalities, ordered by code. */
    List<Municipality> listMunicipalities();
}

package dk.sygesikring.adapters.persistence.municipality;

import dk.sygesikring.application.port.out.LoadMunicipalitiesPort;
import dk.sygesikring.domain.municipality.Municipality;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import jakarta.inject.Singleton;
import java.util.List;

@Singleton
class MunicipalityPersistenceAdapter implements LoadMunicipalitiesPort {

    private final MunicipalityRepository rows;

    MunicipalityPersistenceAdapter(MunicipalityRepository rows) {
        this.rows = rows;
    }

    @Override
    public List<Municipality> loadMunicipalities() {
        return rows.listOrderByCode().stream()
                .map(row -> new Municipality(MunicipalityCode.of(row.code()), row.name()))
                .toList();
    }
}

package dk.sygesikring.adapters.persistence.municipality;

import dk.sygesikring.application.port.out.LoadMunicipalitiesPort;
import dk.sygesikring.domain.municipality.Municipality;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The 98 municipalities, read once: they come from a migration (V2) and change only with another one, which means a
 * new release and a restart. Reading them on every request cost the national benchmark's trivial read 40 % of its CPU.
 */
@Singleton
class MunicipalityPersistenceAdapter implements LoadMunicipalitiesPort {

    private final MunicipalityRepository rows;
    private volatile List<Municipality> municipalities;

    MunicipalityPersistenceAdapter(MunicipalityRepository rows) {
        this.rows = rows;
    }

    @Override
    public List<Municipality> loadMunicipalities() {
        List<Municipality> loaded = municipalities;
        if (loaded == null) {
            loaded = rows.listOrderByCode().stream()
                    .map(row -> new Municipality(MunicipalityCode.of(row.code()), row.name()))
                    .toList();
            municipalities = loaded;
        }
        return loaded;
    }
}

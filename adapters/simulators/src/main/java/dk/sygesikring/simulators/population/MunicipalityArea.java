package dk.sygesikring.simulators.population;

import dk.sygesikring.domain.municipality.Municipality;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Coordinates;
import java.util.List;

/**
 * A municipality as the generator needs it: where its main town lies, how far addresses scatter around it,
 * roughly how many live there (to weight the population), and its postal districts, main town first.
 */
public record MunicipalityArea(
        Municipality municipality,
        Coordinates centre,
        double radiusKm,
        int inhabitants,
        List<PostalDistrict> postalDistricts) {

    public MunicipalityArea {
        postalDistricts = List.copyOf(postalDistricts);
        if (postalDistricts.isEmpty()) {
            throw new IllegalArgumentException("a municipality has at least one postal district: " + municipality);
        }
    }

    public MunicipalityCode code() {
        return municipality.code();
    }

    public String name() {
        return municipality.name();
    }

    public PostalDistrict mainPostalDistrict() {
        return postalDistricts.getFirst();
    }

    /** Small and dense: addresses are mostly flats (floor and door). */
    public boolean isUrban() {
        return radiusKm <= 5;
    }
}

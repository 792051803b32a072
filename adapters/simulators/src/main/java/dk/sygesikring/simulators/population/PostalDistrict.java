package dk.sygesikring.simulators.population;

/** A postcode and the city name that goes with it (postdistrikt), e.g. 8000 Aarhus C. */
public record PostalDistrict(String postcode, String city) {
}

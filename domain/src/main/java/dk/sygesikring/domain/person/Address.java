package dk.sygesikring.domain.person;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.value.Digits;
import java.util.List;
import java.util.Objects;

/**
 * A Danish address as CPR registers it (PER-1). {@code addressId} identifies the address
 * itself (DAR), so everyone registered there is a co-resident (PER-5).
 */
public record Address(
        String street,
        String houseNumber,
        String floor,
        String door,
        String postcode,
        String city,
        String roadCode,
        MunicipalityCode municipalityCode,
        String addressId,
        Coordinates coordinates) {

    public Address {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(houseNumber, "houseNumber");
        Objects.requireNonNull(postcode, "postcode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(roadCode, "roadCode");
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        Objects.requireNonNull(addressId, "addressId");
        if (!Digits.exactly(postcode, 4)) {
            throw new IllegalArgumentException("a postcode has 4 digits: " + postcode);
        }
        if (!Digits.exactly(roadCode, 4)) {
            throw new IllegalArgumentException("a road code (vejkode) has 4 digits: " + roadCode);
        }
    }

    /** One line as Danish letters write it: "Nørregade 12, 2. tv, 1165 København K". */
    public String display() {
        return String.join(", ", envelopeLines());
    }

    /** The lines an envelope shows (LET-5): "Nørregade 12, 2. tv" and "1165 København K". */
    public List<String> envelopeLines() {
        StringBuilder line = new StringBuilder(street).append(' ').append(houseNumber);
        boolean hasFloor = floor != null && !floor.isBlank();
        boolean hasDoor = door != null && !door.isBlank();
        if (hasFloor || hasDoor) {
            line.append(',');
            if (hasFloor) {
                line.append(' ').append(floor).append('.');
            }
            if (hasDoor) {
                line.append(' ').append(door);
            }
        }
        return List.of(line.toString(), postcode + " " + city);
    }
}

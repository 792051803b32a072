package dk.sygesikring.application.port.out.luna;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A letter a region sent a person, as LUNA lists it (LET-7): about a registration, a practice change or another
 * practice event. This service never holds the letters; it looks them up.
 *
 * @param regionCode the region's code, e.g. "1084"
 * @param regionName e.g. "Region Hovedstaden"
 * @param sentDate   the Danish date the region sent it
 * @param title      the letter's title, as the region wrote it
 * @param channel    how it was sent; null when LUNA does not say
 */
public record RegionalLetter(UUID letterId, String regionCode, String regionName, LocalDate sentDate, String title,
                             Channel channel) {

    /** How the region sent the letter. */
    public enum Channel { DIGITAL_POST, PHYSICAL_MAIL }

    public RegionalLetter {
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(regionName, "regionName");
        Objects.requireNonNull(sentDate, "sentDate");
        Objects.requireNonNull(title, "title");
        if (!regionCode.matches("\\d{4}")) {
            throw new IllegalArgumentException("a region code has 4 digits: " + regionCode);
        }
        if (regionName.isBlank() || title.isBlank()) {
            throw new IllegalArgumentException("a regional letter has a region name and a title");
        }
    }
}

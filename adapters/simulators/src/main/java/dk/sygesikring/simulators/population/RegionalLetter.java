package dk.sygesikring.simulators.population;

import dk.sygesikring.domain.person.Cpr;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A letter a region sent a person, as LUNA holds it (LET-7).
 *
 * @param channel {@code DIGITAL_POST} or {@code PHYSICAL_MAIL}; null for old letters, whose channel LUNA never recorded
 */
public record RegionalLetter(Cpr cpr, UUID letterId, Regions.Region region, LocalDate sentDate, String title,
                             String channel) {

    public static final String DIGITAL_POST = "DIGITAL_POST";
    public static final String PHYSICAL_MAIL = "PHYSICAL_MAIL";

    public RegionalLetter {
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(sentDate, "sentDate");
        Objects.requireNonNull(title, "title");
        if (channel != null && !channel.equals(DIGITAL_POST) && !channel.equals(PHYSICAL_MAIL)) {
            throw new IllegalArgumentException("channel is DIGITAL_POST, PHYSICAL_MAIL or null, not " + channel);
        }
    }
}

package dk.sygesikring.adapters.rest.card;

import io.micronaut.http.MediaType;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * Which of its two media types the card-order report answers in (AUD-2, ADR 0027): text/csv only when the Accept
 * header rates it above application/json, counting wildcards and quality values; JSON otherwise, so a client that
 * sends no Accept, or accepts both alike, gets the whole report. Decided here rather than left to the router, which
 * looks at the first type of the header only.
 */
final class CardOrderReportFormat {

    static final MediaType CSV = MediaType.of("text/csv");

    private CardOrderReportFormat() {
    }

    static MediaType of(Collection<MediaType> accepted) {
        return quality(accepted, CSV).compareTo(quality(accepted, MediaType.APPLICATION_JSON_TYPE)) > 0
                ? CSV : MediaType.APPLICATION_JSON_TYPE;
    }

    /** The highest quality the header gives a range that takes {@code type}; 0 when none does. */
    private static BigDecimal quality(Collection<MediaType> accepted, MediaType type) {
        return accepted.stream().filter(range -> takes(range, type)).map(MediaType::getQualityAsNumber)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }

    private static boolean takes(MediaType range, MediaType type) {
        return (range.getType().equals("*") || range.getType().equalsIgnoreCase(type.getType()))
                && (range.getSubtype().equals("*") || range.getSubtype().equalsIgnoreCase(type.getSubtype()));
    }
}

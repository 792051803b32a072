package dk.sygesikring.adapters.rest.letter;

import dk.sygesikring.adapters.rest.problem.InvalidRequestException;
import dk.sygesikring.application.port.out.LetterStorePort.Position;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * The cursor of a page of a person's letters (ADR 0030): where the page before ended, the last letter's time and id,
 * as base64url text, opaque to the caller. Anything this service did not write is 400 naming {@code cursor}.
 */
final class LetterCursor {

    static final String PARAMETER = "cursor";
    static final String NOT_A_CURSOR = "must be the next of an earlier page of these letters";
    private static final char SEPARATOR = '/';

    private LetterCursor() {
    }

    static String of(Position position) {
        String text = position.createdAt().toString() + SEPARATOR + position.letterId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    static Optional<Position> parse(String cursor) {
        if (cursor == null) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            int separator = text.indexOf(SEPARATOR);
            if (separator < 0) {
                throw new InvalidRequestException(PARAMETER, NOT_A_CURSOR);
            }
            return Optional.of(new Position(Instant.parse(text.substring(0, separator)), UUID.fromString(text.substring(separator + 1))));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidRequestException(PARAMETER, NOT_A_CURSOR);
        }
    }
}

package dk.sygesikring.application.letter.adhoc;

import dk.sygesikring.application.idempotency.IdempotencyKey;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.person.Cpr;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * "Ad hoc-brev" (LET-1): a caseworker's own letter to one person, their title and paragraphs in the standard
 * template. The contract holds the lengths and the characters; the command holds what no letter can do without.
 *
 * @param paragraphs     in order, each with its line breaks as {@code \n} (a {@code \r\n} from the client becomes one)
 * @param idempotencyKey null when the request has none
 */
public record SendAdHocLetterCommand(Actor actor, Cpr cpr, String title, List<String> paragraphs, IdempotencyKey idempotencyKey) {

    public SendAdHocLetterCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(title, "title");
        paragraphs = paragraphs.stream().map(SendAdHocLetterCommand::withLineFeeds).toList();
        if (title.isBlank()) {
            throw new IllegalArgumentException("an ad-hoc letter has a title");
        }
        if (paragraphs.isEmpty() || paragraphs.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("an ad-hoc letter has paragraphs, none of them blank");
        }
    }

    /**
     * What makes two requests the same request for the Idempotency-Key: the person and a digest of the words, which
     * may run to 120,000 characters. Each part is preceded by its length, so no two letters share their parts' join.
     */
    String fingerprint() {
        MessageDigest digest = sha256();
        update(digest, title);
        paragraphs.forEach(paragraph -> update(digest, paragraph));
        return "ad-hoc-letter:" + cpr.value() + ":" + HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String withLineFeeds(String paragraph) {
        return paragraph.replace("\r\n", "\n").replace('\r', '\n');
    }
}

package dk.sygesikring.simulators.print;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The print supplier's production: every letter accepted, by id, and where it is. Every method holds the lock, so two
 * requests with one id accept one letter. Each step hands its report to the reporter while the lock is held, so the
 * reports of one letter are queued in the order they happened. An accepted letter cannot be stopped (LET-5): there is
 * no way back.
 */
final class Letters {

    /** The answer to a letter: accepted now, or, when {@code replayed}, earlier with the same id. */
    record Accepting(ReceivedLetter letter, boolean replayed) {
    }

    private final Clock clock;
    private final Consumer<Report> reports;
    private final Map<UUID, ReceivedLetter> letters = new LinkedHashMap<>();

    Letters(Clock clock, Consumer<Report> reports) {
        this.clock = clock;
        this.reports = reports;
    }

    /** Accepts once per id: any letter with an id seen before gets the first answer back, and nothing new is printed. */
    synchronized Accepting accept(Letter letter) {
        ReceivedLetter earlier = letters.get(letter.letterId());
        if (earlier != null) {
            return new Accepting(earlier, true);
        }
        String reference = "FP-%06d".formatted(letters.size() + 1);
        ReceivedLetter accepted = ReceivedLetter.accepted(letter, reference, now());
        letters.put(letter.letterId(), accepted);
        return new Accepting(accepted, false);
    }

    /**
     * Prints an accepted letter and reports it; a letter printed or further on stays as it is.
     *
     * @throws NoSuchElementException for an unknown letter
     */
    synchronized ReceivedLetter print(UUID letterId) {
        ReceivedLetter letter = known(letterId);
        if (letter.status() != LetterStatus.ACCEPTED) {
            return letter;
        }
        return step(letter.printed(now()));
    }

    /** Posts a letter, printing it first if it is not printed; one posted or undeliverable stays. Throws as print. */
    synchronized ReceivedLetter post(UUID letterId) {
        ReceivedLetter letter = print(letterId);
        if (letter.status() != LetterStatus.PRINTED) {
            return letter;
        }
        return step(letter.posted(now()));
    }

    /**
     * The postal service returns the letter: undeliverable for {@code reason}, posting it first if need be; a letter
     * undeliverable already stays as it is, with its first reason. Throws as print.
     */
    synchronized ReceivedLetter undeliverable(UUID letterId, String reason) {
        Objects.requireNonNull(reason, "reason");
        ReceivedLetter letter = post(letterId);
        if (letter.status() != LetterStatus.POSTED) {
            return letter;
        }
        return step(letter.undeliverable(now(), reason));
    }

    /** Prints and posts every letter accepted or printed so far, in the order accepted; the letters it moved. */
    synchronized List<ReceivedLetter> runProduction() {
        List<ReceivedLetter> moved = new ArrayList<>();
        for (ReceivedLetter letter : List.copyOf(letters.values())) {
            if (letter.status() == LetterStatus.ACCEPTED || letter.status() == LetterStatus.PRINTED) {
                moved.add(post(letter.letter().letterId()));
            }
        }
        return moved;
    }

    synchronized Optional<ReceivedLetter> find(UUID letterId) {
        return Optional.ofNullable(letters.get(letterId));
    }

    /** In the order accepted. */
    synchronized List<ReceivedLetter> all() {
        return List.copyOf(letters.values());
    }

    private ReceivedLetter step(ReceivedLetter moved) {
        letters.put(moved.letter().letterId(), moved);
        reports.accept(Report.of(moved));
        return moved;
    }

    private ReceivedLetter known(UUID letterId) {
        ReceivedLetter letter = letters.get(letterId);
        if (letter == null) {
            throw new NoSuchElementException("no letter with id " + letterId);
        }
        return letter;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}

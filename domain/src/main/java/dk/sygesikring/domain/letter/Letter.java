package dk.sygesikring.domain.letter;

import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.person.Cpr;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A letter of a forløb (LET-1, LET-2): what it is, who it is to and which persons it is about, and every status it has
 * had, with its time (LET-6). Its PDF, rendered once when it is written, is the document every channel gets.
 *
 * @param id         also the idempotency key Digital Post and the print service see
 * @param activityId the forløb's activity that the letter's delivery closes
 * @param about      the forløb's persons the letter names (LET-2: one letter for a family)
 * @param history    oldest first; the last is where the letter is now
 */
public record Letter(UUID id, ForloebId forloebId, UUID activityId, LetterKind kind, Addressee to, List<Cpr> about,
                     String title, Instant createdAt, List<LetterStatus> history) {

    public Letter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(forloebId, "forloebId");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        about = List.copyOf(about);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(createdAt, "createdAt");
        history = List.copyOf(history);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a letter has a status from the moment it is written");
        }
    }

    /** A letter just written, queued for its first channel. */
    public static Letter written(UUID id, ForloebId forloebId, UUID activityId, LetterKind kind, Addressee to, List<Cpr> about,
                                 String title, LetterChannel channel, Instant at) {
        return new Letter(id, forloebId, activityId, kind, to, about, title, at, List.of(new LetterStatus.Queued(channel, at)));
    }

    public LetterStatus status() {
        return history.getLast();
    }

    public LetterChannel channel() {
        return switch (status()) {
            case LetterStatus.Queued queued -> queued.channel();
            case LetterStatus.Sent sent -> sent.channel();
            case LetterStatus.Delivered delivered -> delivered.channel();
            case LetterStatus.Failed failed -> failed.channel();
            case LetterStatus.Withdrawn withdrawn -> history.getFirst() instanceof LetterStatus.Queued first
                    ? first.channel() : LetterChannel.DIGITAL_POST;
        };
    }

    /**
     * The letter with a status its channel reported: kept when it moves the letter forward, the letter as it is when
     * the report is late or repeated (a letter already posted is not "printed" again, LET-6).
     */
    public Letter reported(LetterStatus next) {
        return next.rank() > status().rank() ? with(next) : this;
    }

    /**
     * Digital Post could not deliver it (not enrolled, exempt): it goes to print instead, once (LET-4, LET-5); a
     * letter already with print, or finished, stays as it is.
     */
    public Letter rerouted(LetterChannel channel, Instant at) {
        return status() instanceof LetterStatus.Queued queued && queued.channel() != channel
                ? with(new LetterStatus.Queued(channel, at)) : this;
    }

    /** Its forløb was cancelled: withdrawn if it has not gone yet; a letter taken by print cannot be stopped (LET-5). */
    public Letter withdrawn(Instant at) {
        return status() instanceof LetterStatus.Queued ? with(new LetterStatus.Withdrawn(at)) : this;
    }

    public boolean isWaiting() {
        return status() instanceof LetterStatus.Queued;
    }

    private Letter with(LetterStatus next) {
        List<LetterStatus> longer = new ArrayList<>(history);
        longer.add(next);
        return new Letter(id, forloebId, activityId, kind, to, about, title, createdAt, longer);
    }
}

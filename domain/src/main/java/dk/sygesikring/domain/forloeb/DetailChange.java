package dk.sygesikring.domain.forloeb;

import dk.sygesikring.domain.person.Cpr;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of a forløb variable, with who set it and when: the forløb details show them all (FORL-1). A record of
 * what happened, written from the typed state of the use case; never read back as state.
 *
 * @param person the person the value is about, when the forløb has several (e.g. each one's consent); else null
 */
public record DetailChange(String name, String value, Cpr person, Creator changedBy, Instant changedAt) {
    public DetailChange {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    public Optional<Cpr> about() {
        return Optional.ofNullable(person);
    }
}

package dk.sygesikring.domain.forloeb;

import java.time.Instant;
import java.util.Objects;

/** One value of a forløb variable, with who set it and when: the forløb details show them all (FORL-1). */
public record DetailChange(String name, String value, Creator changedBy, Instant changedAt) {
    public DetailChange {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}

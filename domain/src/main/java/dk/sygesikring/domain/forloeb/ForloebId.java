package dk.sygesikring.domain.forloeb;

import java.util.Objects;
import java.util.UUID;

public record ForloebId(UUID value) {

    public ForloebId {
        Objects.requireNonNull(value, "forløb id");
    }

    public static ForloebId of(String value) {
        return new ForloebId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }

    public static ForloebId random() {
        return new ForloebId(UUID.randomUUID());
    }
}

package dk.sygesikring.domain.person;

import java.util.Objects;

/** A CPR relation from {@code holder} to {@code subject}, e.g. a custodian (holder) and a child (subject). */
public record Relation(RelationType type, Cpr holder, Cpr subject) {

    public Relation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(subject, "subject");
        if (holder.equals(subject)) {
            throw new IllegalArgumentException("a person has no relation to themselves: " + holder);
        }
    }

    public static Relation custody(Cpr custodian, Cpr child) {
        return new Relation(RelationType.CUSTODY, custodian, child);
    }

    public static Relation guardianship(Cpr guardian, Cpr ward) {
        return new Relation(RelationType.GUARDIANSHIP, guardian, ward);
    }

    public static Relation spouses(Cpr one, Cpr other) {
        return new Relation(RelationType.SPOUSE, one, other);
    }

    public boolean involves(Cpr cpr) {
        return holder.equals(cpr) || subject.equals(cpr);
    }

    /** The other party of the relation, seen from {@code cpr}. */
    public Cpr otherThan(Cpr cpr) {
        return holder.equals(cpr) ? subject : holder;
    }
}

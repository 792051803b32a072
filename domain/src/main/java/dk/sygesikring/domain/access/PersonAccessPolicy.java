package dk.sygesikring.domain.access;

import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.person.RelationType;
import dk.sygesikring.domain.result.Refusal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who may see and act for a person.
 * Caseworkers of any municipality may read any person (ROLE-2 limits forløb details, not persons).
 * A citizen acts for themselves and for children under 15 in their custody (ROLE-3, ROLE-4), and a
 * guardian for the person under guardianship (ROLE-4, fixed). Never for a spouse.
 */
public final class PersonAccessPolicy {

    public static final Refusal NOT_YOUR_PERSON = Refusal.forbidden("not-your-person", "ROLE-3",
            "A citizen may see and act only for themselves, children under 15 in their custody and persons under their guardianship");

    private PersonAccessPolicy() {
    }

    /** Empty when {@code actor} may read {@code subject}; otherwise the refusal. */
    public static Optional<Refusal> mayRead(Actor actor, Person subject, List<Relation> subjectRelations, LocalDate today) {
        return switch (actor) {
            case Caseworker caseworker -> Optional.empty();
            case MunicipalAdministrator administrator -> Optional.empty();
            case SystemActor system -> Optional.empty();
            case Citizen citizen -> citizenMayActFor(citizen.cpr(), subject, subjectRelations, today)
                    ? Optional.empty()
                    : Optional.of(NOT_YOUR_PERSON);
        };
    }

    /**
     * Empty when {@code actor} may act for {@code subject} (change doctor or group, order cards): the same persons a
     * citizen may see (ROLE-3, ROLE-4); caseworkers act for anyone, within their municipality's forløb.
     */
    public static Optional<Refusal> mayActFor(Actor actor, Person subject, List<Relation> subjectRelations, LocalDate today) {
        return mayRead(actor, subject, subjectRelations, today);
    }

    static boolean citizenMayActFor(Cpr citizen, Person subject, List<Relation> subjectRelations, LocalDate today) {
        if (citizen.equals(subject.cpr())) {
            return true;
        }
        boolean custodianOfChildUnder15 = subject.isUnderAgeOfOwnChoiceOn(today)
                && holds(RelationType.CUSTODY, citizen, subject, subjectRelations);
        return custodianOfChildUnder15 || holds(RelationType.GUARDIANSHIP, citizen, subject, subjectRelations);
    }

    private static boolean holds(RelationType type, Cpr holder, Person subject, List<Relation> relations) {
        return relations.stream().anyMatch(relation -> relation.type() == type
                && relation.holder().equals(holder)
                && relation.subject().equals(subject.cpr()));
    }
}

package dk.sygesikring.domain.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Familie og bopæl" of a person (PER-5): everyone registered at the same address, guardianships,
 * the spouse, and the children the person has custody of wherever they live. Each member appears
 * once, with the strongest relation. Children of 18 and over are shown as co-residents, not as
 * children. When relations and co-residents together exceed {@value #MAX_MEMBERS_WITH_CO_RESIDENTS},
 * the co-residents are left out. Marriage dates are not part of the model at all.
 */
public record FamilyAndResidence(Cpr cpr, List<FamilyMember> members, boolean coResidentsOmitted) {

    public static final int MAX_MEMBERS_WITH_CO_RESIDENTS = 20;

    public FamilyAndResidence {
        members = List.copyOf(members);
    }

    /**
     * @param relations   the CPR relations that involve {@code person}
     * @param others      every other person named by {@code relations}, by CPR number
     * @param coResidents everyone registered at the person's address (the person may be among them)
     */
    public static FamilyAndResidence of(Person person, List<Relation> relations, Map<Cpr, Person> others,
                                        List<Person> coResidents, LocalDate today) {
        Map<Cpr, FamilyMember> byCpr = new LinkedHashMap<>();
        for (Relation relation : relations) {
            Person other = others.get(relation.otherThan(person.cpr()));
            if (other == null) {
                continue; // a relation to someone CPR has not given us; nothing to show
            }
            FamilyRelation kind = kindOf(relation, person, other, today);
            if (kind != null) {
                keepStrongest(byCpr, new FamilyMember(other, other.ageOn(today), kind, person.livesWith(other)));
            }
        }
        List<FamilyMember> relationMembers = new ArrayList<>(byCpr.values());
        List<FamilyMember> coResidentMembers = coResidents.stream()
                .filter(resident -> !resident.cpr().equals(person.cpr()))
                .filter(resident -> !byCpr.containsKey(resident.cpr()))
                .filter(person::livesWith)
                .map(resident -> new FamilyMember(resident, resident.ageOn(today), FamilyRelation.CO_RESIDENT, true))
                .toList();

        Comparator<FamilyMember> order = Comparator.comparing(FamilyMember::relation)
                .thenComparing(member -> member.person().birthDate())
                .thenComparing(member -> member.person().cpr());
        relationMembers.sort(order);
        boolean omitCoResidents = relationMembers.size() + coResidentMembers.size() > MAX_MEMBERS_WITH_CO_RESIDENTS;
        List<FamilyMember> members = new ArrayList<>(relationMembers);
        if (!omitCoResidents) {
            coResidentMembers.stream().sorted(order).forEach(members::add);
        }
        return new FamilyAndResidence(person.cpr(), members, omitCoResidents && !coResidentMembers.isEmpty());
    }

    /** The relation as the person sees it, or null when it is not shown as a relation (a child come of age). */
    private static FamilyRelation kindOf(Relation relation, Person person, Person other, LocalDate today) {
        boolean personHolds = relation.holder().equals(person.cpr());
        return switch (relation.type()) {
            case SPOUSE -> FamilyRelation.SPOUSE;
            case GUARDIANSHIP -> personHolds ? FamilyRelation.UNDER_GUARDIANSHIP : FamilyRelation.GUARDIAN;
            case CUSTODY -> {
                Person child = personHolds ? other : person;
                if (child.isAdultOn(today)) {
                    yield null;
                }
                yield personHolds ? FamilyRelation.CHILD_IN_CUSTODY : FamilyRelation.CUSTODIAN;
            }
        };
    }

    private static void keepStrongest(Map<Cpr, FamilyMember> byCpr, FamilyMember candidate) {
        byCpr.merge(candidate.person().cpr(), candidate,
                (kept, added) -> added.relation().compareTo(kept.relation()) < 0 ? added : kept);
    }
}

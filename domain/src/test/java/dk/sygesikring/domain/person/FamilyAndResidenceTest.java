package dk.sygesikring.domain.person;

import static dk.sygesikring.domain.person.PersonFixtures.TODAY;
import static dk.sygesikring.domain.person.PersonFixtures.address;
import static dk.sygesikring.domain.person.PersonFixtures.inactive;
import static dk.sygesikring.domain.person.PersonFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FamilyAndResidenceTest {

    final Address home = address("home");
    final Person parent = person(40, 1, home);
    final Person spouse = person(41, 2, home);
    final Person child = person(10, 3, home);
    final Person adultChild = person(19, 4, home);
    final Person childElsewhere = person(7, 5, address("elsewhere"));

    @Test
    @DisplayName("PER-5 each member once with the strongest relation")
    void PER5_each_member_once_with_the_strongest_relation() {
        // the spouse is also a co-resident; the relation wins over co-residence
        FamilyAndResidence family = FamilyAndResidence.of(parent,
                List.of(Relation.spouses(parent.cpr(), spouse.cpr()), Relation.custody(parent.cpr(), child.cpr())),
                byCpr(spouse, child), List.of(parent, spouse, child), TODAY);

        assertThat(family.members()).extracting(m -> m.person().cpr(), FamilyMember::relation).containsExactly(
                org.assertj.core.groups.Tuple.tuple(spouse.cpr(), FamilyRelation.SPOUSE),
                org.assertj.core.groups.Tuple.tuple(child.cpr(), FamilyRelation.CHILD_IN_CUSTODY));
    }

    @Test
    @DisplayName("PER-5 a child of 18 or more is a co resident not a child")
    void PER5_a_child_of_18_or_more_is_a_co_resident_not_a_child() {
        FamilyAndResidence family = FamilyAndResidence.of(parent,
                List.of(Relation.custody(parent.cpr(), adultChild.cpr())), byCpr(adultChild), List.of(parent, adultChild), TODAY);

        assertThat(family.members()).singleElement().satisfies(member -> {
            assertThat(member.relation()).isEqualTo(FamilyRelation.CO_RESIDENT);
            assertThat(member.age()).isEqualTo(19);
        });
    }

    @Test
    @DisplayName("PER-5 children in custody are shown wherever they live")
    void PER5_children_in_custody_are_shown_wherever_they_live() {
        FamilyAndResidence family = FamilyAndResidence.of(parent,
                List.of(Relation.custody(parent.cpr(), childElsewhere.cpr())), byCpr(childElsewhere), List.of(parent), TODAY);

        assertThat(family.members()).singleElement().satisfies(member -> {
            assertThat(member.relation()).isEqualTo(FamilyRelation.CHILD_IN_CUSTODY);
            assertThat(member.livesAtSameAddress()).isFalse();
        });
    }

    @Test
    @DisplayName("PER-5 the child sees its custodians and a ward sees the guardian")
    void PER5_the_child_sees_its_custodians_and_a_ward_sees_the_guardian() {
        Person guardian = person(60, 6, address("guardian-home"));
        FamilyAndResidence family = FamilyAndResidence.of(child,
                List.of(Relation.custody(parent.cpr(), child.cpr()), Relation.guardianship(guardian.cpr(), child.cpr())),
                byCpr(parent, guardian), List.of(child, parent), TODAY);

        assertThat(family.members()).extracting(FamilyMember::relation)
                .containsExactly(FamilyRelation.CUSTODIAN, FamilyRelation.GUARDIAN);
    }

    @Test
    @DisplayName("PER-5 above 20 relations and co residents the co residents are left out")
    void PER5_above_20_relations_and_co_residents_the_co_residents_are_left_out() {
        List<Person> residents = new ArrayList<>(List.of(parent));
        for (int serial = 10; serial < 30; serial++) {
            residents.add(person(30 + serial, serial, home)); // 20 co-residents
        }
        Person spouseAway = person(42, 7, address("away"));
        List<Relation> relations = List.of(Relation.spouses(parent.cpr(), spouseAway.cpr()));

        FamilyAndResidence crowded = FamilyAndResidence.of(parent, relations, byCpr(spouseAway), residents, TODAY);
        assertThat(crowded.coResidentsOmitted()).isTrue();
        assertThat(crowded.members()).extracting(FamilyMember::relation).containsExactly(FamilyRelation.SPOUSE);

        FamilyAndResidence exactlyTwenty = FamilyAndResidence.of(parent, relations, byCpr(spouseAway), residents.subList(0, 20), TODAY);
        assertThat(exactlyTwenty.coResidentsOmitted()).isFalse();
        assertThat(exactlyTwenty.members()).hasSize(20);
    }

    @Test
    @DisplayName("PER-5 an inactive person has no co residents and is no co resident")
    void PER5_an_inactive_person_has_no_co_residents_and_is_no_co_resident() {
        Person gone = inactive(person(50, 8, home));
        FamilyAndResidence ofGone = FamilyAndResidence.of(gone, List.of(), Map.of(), List.of(gone, parent), TODAY);
        FamilyAndResidence ofParent = FamilyAndResidence.of(parent, List.of(), Map.of(), List.of(gone, parent), TODAY);

        assertThat(ofGone.members()).isEmpty();
        assertThat(ofParent.members()).isEmpty();
    }

    private static Map<Cpr, Person> byCpr(Person... persons) {
        return Stream.of(persons).collect(Collectors.toMap(Person::cpr, Function.identity()));
    }
}

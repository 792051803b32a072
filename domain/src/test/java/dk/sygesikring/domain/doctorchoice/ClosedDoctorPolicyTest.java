package dk.sygesikring.domain.doctorchoice;

import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.HOME;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.TODAY;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.address;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.aged;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.inactive;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.nameAndAddressProtected;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.ofKind;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.person;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.practice;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.selectivelyOpenFor;
import static dk.sygesikring.domain.doctorchoice.DoctorChoiceFixtures.withNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import dk.sygesikring.domain.configuration.DistanceLimit;
import dk.sygesikring.domain.configuration.RulesConfiguration;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClosedDoctorPolicyTest {

    static final ProviderNumber CLOSED = ProviderNumber.of("050208");
    static final Availability DISPENSATION = Availability.needsDispensation("DOC-3", "the practice is closed for new patients");

    /** Two open practices nearby: the count exception does not apply, so only family can open the closed doctor. */
    final List<Practitioner> twoOpen = List.of(practice("000001", 1, true), practice("000002", 2, true));

    final Person unmarried = aged(40, 1, CivilStatus.UNMARRIED, HOME);
    final Person married = aged(40, 2, CivilStatus.MARRIED, HOME);
    final Person cohabitant = aged(38, 3, CivilStatus.UNMARRIED, HOME);

    @Test
    @DisplayName("DOC-3 exactly 2 open doctors within the limit: a closed doctor needs dispensation; 1 open: it does not")
    void DOC3_two_open_doctors_is_the_boundary() {
        assertThat(answer(unmarried, twoOpen, FamilyDoctors.none())).isEqualTo(DISPENSATION);
        assertThat(answer(unmarried, List.of(practice("000001", 1, true)), FamilyDoctors.none()))
                .isEqualTo(Availability.choosable("DOC-3", "fewer than 2 open doctors within 15 km"));
    }

    @Test
    @DisplayName("DOC-3 the reason names the configured distance limit")
    void DOC3_reason_names_the_limit() {
        NearbyPractitioners nearby = NearbyPractitioners.around(unmarried, List.of(), Reservations.none(), new DistanceLimit(12.5));

        assertThat(ClosedDoctorPolicy.mayChoose(unmarried, CLOSED, nearby, FamilyDoctors.none(), TODAY))
                .isEqualTo(Outcome.success(Availability.choosable("DOC-3", "fewer than 2 open doctors within 12.5 km")));
    }

    @Test
    @DisplayName("DOC-3 a practice at its closing limit but selectively open for the person's postcode counts as one of the open doctors")
    void DOC3_selectively_open_at_the_closing_limit_counts_as_open() {
        List<Practitioner> oneOpenOneSelectiveAtLimit = List.of(practice("000001", 1, true),
                selectivelyOpenFor(withNumbers(practice("000002", 2, false), 1500, 1350, 1400), "7700"));

        assertThat(answer(unmarried, oneOpenOneSelectiveAtLimit, FamilyDoctors.none())).isEqualTo(DISPENSATION);
    }

    @Test
    @DisplayName("DOC-3 open doctors are counted as on the list: selective openness for the person's postcode counts")
    void DOC3_selectively_open_counts_as_open() {
        List<Practitioner> oneOpenOneSelective = List.of(practice("000001", 1, true),
                selectivelyOpenFor(practice("000002", 2, false), "7700"));
        List<Practitioner> oneOpenOneSelectiveElsewhere = List.of(practice("000001", 1, true),
                selectivelyOpenFor(practice("000002", 2, false), "7790"));

        assertThat(answer(unmarried, oneOpenOneSelective, FamilyDoctors.none())).isEqualTo(DISPENSATION);
        assertThat(answer(unmarried, oneOpenOneSelectiveElsewhere, FamilyDoctors.none()).verdict()).isEqualTo(Verdict.CHOOSABLE);
    }

    @Test
    @DisplayName("DOC-3 special practitioners, practices beyond the limit and practices at their closing limit are not open doctors nearby")
    void DOC3_what_does_not_count_as_open() {
        List<Practitioner> oneRealOpen = List.of(practice("000001", 1, true),
                ofKind(practice("000002", 1, true), PractitionerKind.ISLAND),
                ofKind(practice("000003", 1, true), PractitionerKind.SHELTER),
                practice("000004", 15.001, true),
                withNumbers(practice("000005", 1, true), 1600, 1500, 1500));

        assertThat(answer(unmarried, oneRealOpen, FamilyDoctors.none()).explained())
                .isEqualTo("DOC-3: fewer than 2 open doctors within 15 km");
    }

    @Test
    @DisplayName("DOC-3 pending reservations that bring a practice to its closing limit take it out of the open count")
    void DOC3_reservations_close_a_practice_for_the_count() {
        List<Practitioner> twoOpenOneNearlyClosed = List.of(practice("000001", 1, true),
                withNumbers(practice("000002", 2, true), 1600, 1500, 1499));
        NearbyPractitioners withReservation = NearbyPractitioners.around(unmarried, twoOpenOneNearlyClosed,
                Reservations.of(Map.of(ProviderNumber.of("000002"), 1)), RulesConfiguration.DISTANCE_LIMIT);

        assertThat(answer(unmarried, twoOpenOneNearlyClosed, FamilyDoctors.none())).isEqualTo(DISPENSATION);
        assertThat(success(ClosedDoctorPolicy.mayChoose(unmarried, CLOSED, withReservation, FamilyDoctors.none(), TODAY))
                .verdict()).isEqualTo(Verdict.CHOOSABLE);
    }

    @Test
    @DisplayName("DOC-3 a person whose address cannot be placed does not get the fewer-than-2 exception")
    void DOC3_unplaced_person_gets_no_count_exception() {
        Person unplaced = DoctorChoiceFixtures.livingAt(unmarried, address("home", "7700", null));

        assertThat(answer(unplaced, List.of(), FamilyDoctors.none())).isEqualTo(DISPENSATION);
    }

    @Test
    @DisplayName("DOC-3 a married adult, or a registered partner, may choose the spouse's closed doctor")
    void DOC3_spouse() {
        Person spouse = aged(41, 4, CivilStatus.MARRIED, address("elsewhere", "7700", HOME.coordinates()));
        Person registeredPartner = aged(40, 5, CivilStatus.REGISTERED_PARTNER, HOME);
        FamilyDoctors spouseAtClosed = FamilyDoctors.none().withSpouse(spouse.cpr(), CLOSED);

        assertThat(answer(married, twoOpen, spouseAtClosed).explained()).isEqualTo("DOC-3: the doctor of the spouse");
        assertThat(answer(registeredPartner, twoOpen, spouseAtClosed).verdict()).isEqualTo(Verdict.CHOOSABLE);
        assertThat(answer(married, twoOpen, FamilyDoctors.none().withSpouse(spouse.cpr(), ProviderNumber.of("060000"))))
                .isEqualTo(DISPENSATION);
    }

    @Test
    @DisplayName("DOC-3 a divorced or widowed person gets no right from a former spouse's doctor")
    void DOC3_former_spouse_gives_no_right() {
        Person divorced = aged(40, 6, CivilStatus.DIVORCED, HOME);
        FamilyDoctors formerSpouseAtClosed = FamilyDoctors.none().withSpouse(cohabitant.cpr(), CLOSED);

        assertThat(answer(divorced, twoOpen, formerSpouseAtClosed)).isEqualTo(DISPENSATION);
    }

    @Test
    @DisplayName("DOC-3 an unmarried adult may choose the closed doctor of a designated cohabiting partner at the same address")
    void DOC3_designated_partner() {
        FamilyDoctors partnerAtClosed = FamilyDoctors.none().withDesignatedPartner(cohabitant, List.of(), CLOSED);

        assertThat(answer(unmarried, twoOpen, partnerAtClosed).explained())
                .isEqualTo("DOC-3: the doctor of the designated cohabiting partner");
        assertThat(answer(unmarried, twoOpen, FamilyDoctors.none().withDesignatedPartner(cohabitant, List.of(),
                ProviderNumber.of("060000")))).isEqualTo(DISPENSATION);
    }

    @Test
    @DisplayName("DOC-3 a qualifying partner without a doctor is no refusal, just no exception")
    void DOC3_partner_without_doctor() {
        FamilyDoctors partnerWithoutDoctor = FamilyDoctors.none().withDesignatedPartner(cohabitant, List.of(), null);

        assertThat(answer(unmarried, twoOpen, partnerWithoutDoctor)).isEqualTo(DISPENSATION);
    }

    @Test
    @DisplayName("DOC-3 a child may choose a custodian's or a guardian's closed doctor")
    void DOC3_child_chooses_custodian_or_guardian_doctor() {
        Person parent = aged(40, 7, CivilStatus.UNMARRIED, HOME);
        Person guardian = aged(60, 8, CivilStatus.MARRIED, address("guardian", "7700", HOME.coordinates()));
        Person child = aged(10, 9, CivilStatus.UNMARRIED, HOME);
        ProviderNumber guardiansDoctor = ProviderNumber.of("060000");
        FamilyDoctors family = FamilyDoctors.none()
                .withCustodianOrGuardian(Relation.custody(parent.cpr(), child.cpr()), CLOSED)
                .withCustodianOrGuardian(Relation.guardianship(guardian.cpr(), child.cpr()), guardiansDoctor);

        assertThat(answer(child, twoOpen, family).explained()).isEqualTo("DOC-3: the doctor of a custodian or guardian");
        assertThat(success(ClosedDoctorPolicy.mayChoose(child, guardiansDoctor, nearby(child, twoOpen), family, TODAY)).verdict())
                .isEqualTo(Verdict.CHOOSABLE);
    }

    @Test
    @DisplayName("DOC-3 not the other way round: a parent gets no right from a minor child's doctor")
    void DOC3_parent_gets_no_right_from_child() {
        Person parent = aged(40, 7, CivilStatus.UNMARRIED, HOME);
        Person child = aged(10, 9, CivilStatus.UNMARRIED, HOME);
        // the relation is handed over with the parent as its subject's holder: the parent is not the one in custody
        FamilyDoctors childAtClosed = FamilyDoctors.none().withCustodianOrGuardian(Relation.custody(parent.cpr(), child.cpr()), CLOSED);

        assertThat(answer(parent, twoOpen, childAtClosed)).isEqualTo(DISPENSATION);
    }

    @Test
    @DisplayName("DOC-3 a child gets a right only from a relation in which the child is the one in custody, not from a sibling's")
    void DOC3_only_the_childs_own_custody_relation() {
        Person parent = aged(40, 7, CivilStatus.UNMARRIED, HOME);
        Person child = aged(10, 9, CivilStatus.UNMARRIED, HOME);
        Person sibling = aged(12, 13, CivilStatus.UNMARRIED, HOME);

        assertThat(answer(child, twoOpen, custodianAtClosed(parent, sibling))).isEqualTo(DISPENSATION);
        assertThat(answer(child, twoOpen, custodianAtClosed(parent, child)).verdict()).isEqualTo(Verdict.CHOOSABLE);
    }

    @Test
    @DisplayName("DOC-3 the child's right lasts until 18: on the 15th birthday and at 17 it holds, on the 18th birthday it ends")
    void DOC3_child_right_ends_at_18() {
        Person parent = aged(45, 7, CivilStatus.UNMARRIED, HOME);
        Person fifteenToday = person(TODAY.minusYears(15), 10, CivilStatus.UNMARRIED, HOME);
        Person eighteenTomorrow = person(TODAY.minusYears(18).plusDays(1), 11, CivilStatus.UNMARRIED, HOME);
        Person eighteenToday = person(TODAY.minusYears(18), 12, CivilStatus.UNMARRIED, HOME);

        assertThat(answer(fifteenToday, twoOpen, custodianAtClosed(parent, fifteenToday)).verdict()).isEqualTo(Verdict.CHOOSABLE);
        assertThat(answer(eighteenTomorrow, twoOpen, custodianAtClosed(parent, eighteenTomorrow)).verdict()).isEqualTo(Verdict.CHOOSABLE);
        assertThat(answer(eighteenToday, twoOpen, custodianAtClosed(parent, eighteenToday))).isEqualTo(DISPENSATION);
    }

    @Test
    @DisplayName("DOC-3 every way a designated partner fails gives exactly the same generic refusal, revealing nothing more")
    void DOC3_one_generic_partner_refusal() {
        Person child = aged(10, 20, CivilStatus.UNMARRIED, HOME);
        Person adultChild = aged(19, 21, CivilStatus.UNMARRIED, HOME);
        Person seventeen = person(TODAY.minusYears(18).plusDays(1), 22, CivilStatus.UNMARRIED, HOME);
        Person unknownStatus = aged(40, 23, CivilStatus.UNKNOWN, HOME);

        List<Outcome<Availability>> outcomes = new ArrayList<>();
        // not registered at the same address
        outcomes.add(withPartner(unmarried, aged(38, 24, CivilStatus.UNMARRIED, address("elsewhere", "7700", HOME.coordinates())), List.of()));
        // name-and-address protected
        outcomes.add(withPartner(unmarried, nameAndAddressProtected(cohabitant), List.of()));
        // a parent/child (custody) relation, either way round
        outcomes.add(withPartner(unmarried, child, List.of(Relation.custody(unmarried.cpr(), child.cpr()))));
        outcomes.add(withPartner(adultChild, unmarried, List.of(Relation.custody(unmarried.cpr(), adultChild.cpr()))));
        // the person choosing is married, or of unknown civil status
        outcomes.add(withPartner(married, cohabitant, List.of()));
        outcomes.add(withPartner(unknownStatus, cohabitant, List.of()));
        // either is under 18
        outcomes.add(withPartner(unmarried, seventeen, List.of()));
        outcomes.add(withPartner(seventeen, cohabitant, List.of()));
        // inactive in CPR (dead, emigrated), or the person's own CPR number
        outcomes.add(withPartner(unmarried, inactive(cohabitant), List.of()));
        outcomes.add(withPartner(unmarried, unmarried, List.of()));

        assertThat(outcomes).hasSize(10).containsOnly(Outcome.refused(ClosedDoctorPolicy.PARTNER_CANNOT_BE_USED));
        assertThat(ClosedDoctorPolicy.PARTNER_CANNOT_BE_USED).isEqualTo(new Refusal("partner-cannot-be-used",
                Refusal.Kind.UNPROCESSABLE, "DOC-3", "The CPR number cannot be used as partner"));
    }

    @Test
    @DisplayName("DOC-3 a partner who turns 18 today can be designated; the day before, not")
    void DOC3_partner_age_boundary() {
        Person eighteenToday = person(TODAY.minusYears(18), 30, CivilStatus.UNMARRIED, HOME);
        Person eighteenTomorrow = person(TODAY.minusYears(18).plusDays(1), 31, CivilStatus.UNMARRIED, HOME);

        assertThat(withPartner(unmarried, eighteenToday, List.of()))
                .isEqualTo(Outcome.success(Availability.choosable("DOC-3", "the doctor of the designated cohabiting partner")));
        assertThat(withPartner(unmarried, eighteenTomorrow, List.of())).isEqualTo(Outcome.refused(ClosedDoctorPolicy.PARTNER_CANNOT_BE_USED));
    }

    @Test
    @DisplayName("DOC-3 an unusable partner is refused whatever doctor is chosen, even one the person could choose anyway")
    void DOC3_partner_refused_whatever_the_doctor() {
        FamilyDoctors protectedPartner = FamilyDoctors.none()
                .withDesignatedPartner(nameAndAddressProtected(cohabitant), List.of(), ProviderNumber.of("060000"));

        assertThat(ClosedDoctorPolicy.mayChoose(unmarried, CLOSED, nearby(unmarried, List.of()), protectedPartner, TODAY))
                .isEqualTo(Outcome.refused(ClosedDoctorPolicy.PARTNER_CANNOT_BE_USED));
        assertThat(ClosedDoctorPolicy.partnerRefusal(unmarried, FamilyDoctors.none(), TODAY)).isEmpty();
    }

    @Test
    @DisplayName("DOC-3 for a move the partner is checked at the move-in address")
    void DOC3_partner_at_the_new_address() {
        var newHome = address("new-home", "7700", HOME.coordinates());
        Person partnerAtNewHome = DoctorChoiceFixtures.livingAt(cohabitant, newHome);
        Person movingIn = DoctorChoiceFixtures.livingAt(unmarried, newHome);

        assertThat(withPartner(unmarried, partnerAtNewHome, List.of())).isEqualTo(Outcome.refused(ClosedDoctorPolicy.PARTNER_CANNOT_BE_USED));
        assertThat(withPartner(movingIn, partnerAtNewHome, List.of())).isInstanceOf(Outcome.Success.class);
    }

    private Outcome<Availability> withPartner(Person person, Person partner, List<Relation> partnerRelations) {
        FamilyDoctors family = FamilyDoctors.none().withDesignatedPartner(partner, partnerRelations, CLOSED);
        return ClosedDoctorPolicy.mayChoose(person, CLOSED, nearby(person, twoOpen), family, TODAY);
    }

    private static FamilyDoctors custodianAtClosed(Person custodian, Person child) {
        return FamilyDoctors.none().withCustodianOrGuardian(Relation.custody(custodian.cpr(), child.cpr()), CLOSED);
    }

    private static Availability answer(Person person, List<Practitioner> candidates, FamilyDoctors family) {
        return success(ClosedDoctorPolicy.mayChoose(person, CLOSED, nearby(person, candidates), family, TODAY));
    }

    private static NearbyPractitioners nearby(Person person, List<Practitioner> candidates) {
        return NearbyPractitioners.around(person, candidates, Reservations.none(), RulesConfiguration.DISTANCE_LIMIT);
    }

    private static Availability success(Outcome<Availability> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Success.class);
        return ((Outcome.Success<Availability>) outcome).value();
    }
}

package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.doctorchoice.FamilyDoctors.CustodianDoctor;
import dk.sygesikring.domain.doctorchoice.FamilyDoctors.DesignatedPartner;
import dk.sygesikring.domain.person.CivilStatus;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.RelationType;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * May this person choose this closed practitioner without dispensation? (DOC-3, the tightened rules of release 1.1)
 * Yes when:
 * <ol>
 *   <li>fewer than 2 practitioners within the distance limit of the person's address are open for the person
 *       (counted as on the choice list: selective openness counts, special practitioners do not);</li>
 *   <li>the person is a married adult (or registered partner) and it is the spouse's current doctor;</li>
 *   <li>the person is an unmarried adult and it is the current doctor of a designated cohabiting partner
 *       (samlevende) registered at the same address;</li>
 *   <li>the person is a child (under 18) and it is the current doctor of one of their custodians or guardians.
 *       Not the other way round: a parent gets no right from a child's doctor.</li>
 * </ol>
 * Minor children and mere co-residence give no right (release 1.1 removed both). For a choice with reason
 * {@link ChoiceReason#MOVE}, pass the person with the move-in address: the partner must live at the new address,
 * and the open doctors are counted around it.
 *
 * <p>A designated partner who does not qualify is refused with {@link #PARTNER_CANNOT_BE_USED} whatever the
 * practitioner: one message for every reason, so that trying CPR numbers reveals nothing about them (not where they
 * live, whether they are protected, their age or their relations). A caller that cannot find the given CPR number
 * at all answers with the same refusal.
 */
public final class ClosedDoctorPolicy {

    public static final Refusal PARTNER_CANNOT_BE_USED = Refusal.unprocessable("partner-cannot-be-used", "DOC-3",
            "The CPR number cannot be used as partner");

    static final String CLOSED = "the practice is closed for new patients";
    static final String SPOUSE = "the doctor of the spouse";
    static final String PARTNER = "the doctor of the designated cohabiting partner";
    static final String CUSTODIAN = "the doctor of a custodian or guardian";

    private ClosedDoctorPolicy() {
    }

    /**
     * CHOOSABLE with the exception that applies, or NEEDS_DISPENSATION; refused when a designated partner does not
     * qualify. {@code closedPractitioner} is a practitioner closed for this person ({@link PracticeOpenness}).
     */
    public static Outcome<Availability> mayChoose(Person person, ProviderNumber closedPractitioner, NearbyPractitioners nearby,
                                                  FamilyDoctors family, LocalDate today) {
        Optional<Refusal> partnerRefusal = partnerRefusal(person, family, today);
        if (partnerRefusal.isPresent()) {
            return Outcome.refused(partnerRefusal.get());
        }
        return Outcome.success(availabilityOfClosed(person, closedPractitioner, nearby, family, today));
    }

    /** Empty when no partner is designated or the designated one qualifies; otherwise the one generic refusal. */
    public static Optional<Refusal> partnerRefusal(Person person, FamilyDoctors family, LocalDate today) {
        return family.designatedPartner()
                .filter(partner -> !partnerQualifies(person, partner, today))
                .map(partner -> PARTNER_CANNOT_BE_USED);
    }

    /** The DOC-3 answer for a closed practitioner, the partner already checked by the caller. */
    static Availability availabilityOfClosed(Person person, ProviderNumber chosen, NearbyPractitioners nearby,
                                             FamilyDoctors family, LocalDate today) {
        if (nearby.fewerThanEnoughOpen()) {
            return Availability.choosable("DOC-3", "fewer than " + NearbyPractitioners.ENOUGH_OPEN_DOCTORS
                    + " open doctors within " + nearby.limit().describe());
        }
        boolean adult = person.isAdultOn(today);
        if (adult && person.civilStatus().hasSpouse()
                && family.spouse().filter(spouse -> spouse.doctor().equals(chosen)).isPresent()) {
            return Availability.choosable("DOC-3", SPOUSE);
        }
        if (family.designatedPartner()
                .filter(partner -> partnerQualifies(person, partner, today))
                .flatMap(DesignatedPartner::doctor)
                .filter(chosen::equals)
                .isPresent()) {
            return Availability.choosable("DOC-3", PARTNER);
        }
        if (!adult && family.custodiansAndGuardians().stream()
                .anyMatch(custodian -> isCustodianOrGuardianOf(person, custodian) && custodian.doctor().equals(chosen))) {
            return Availability.choosable("DOC-3", CUSTODIAN);
        }
        return Availability.needsDispensation("DOC-3", CLOSED);
    }

    /**
     * A cohabiting partner qualifies when both are adults, the person is not married (nor of unknown civil status:
     * "unmarried" cannot be established), both are registered at the same address, the partner is not
     * name-and-address protected, and no custody relation binds the two (a parent/child is never a partner).
     */
    static boolean partnerQualifies(Person person, DesignatedPartner partner, LocalDate today) {
        Person other = partner.person();
        return !other.cpr().equals(person.cpr())
                && person.isAdultOn(today)
                && other.isAdultOn(today)
                && !person.civilStatus().hasSpouse()
                && person.civilStatus() != CivilStatus.UNKNOWN
                && person.livesWith(other)
                && !other.nameAndAddressProtected()
                && partner.relations().stream().noneMatch(relation -> relation.type() == RelationType.CUSTODY
                        && relation.involves(person.cpr()) && relation.involves(other.cpr()));
    }

    /** The person is the subject (the child or ward) of a custody or guardianship relation. */
    private static boolean isCustodianOrGuardianOf(Person person, CustodianDoctor custodian) {
        RelationType type = custodian.relation().type();
        return (type == RelationType.CUSTODY || type == RelationType.GUARDIANSHIP)
                && custodian.relation().subject().equals(person.cpr());
    }
}

package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.group.GroupChange;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.registration.RegistrationHistory;
import dk.sygesikring.domain.result.Refusal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The group a person must be in on a doctor choice's valid-from date. A person with no registration here (unknown
 * here and in LUNA) may choose (DOC-4).
 * <ul>
 *   <li>GRP-6: only a person in group 1 has a doctor. A change to group 1 still on its way to LUNA counts: the group
 *       change and the doctor choice are usually made together, and an outage of LUNA must not block the second. A
 *       later change away from group 1 does not block the choice (the doctor holds until then).</li>
 *   <li>DOC-9: a choice because of a move from Greenland is for a person in group 7 (no Danish entitlement), and
 *       brings the change to group 1 with it.</li>
 * </ul>
 */
public final class ChoiceGroupPolicy {

    private ChoiceGroupPolicy() {
    }

    /**
     * @param history  the person's registrations
     * @param onItsWay the person's group changes still on their way to LUNA; asked only when the registration in force
     *                 is not group 1, so the usual choice (a person in group 1) reads nothing more
     */
    public static Optional<Refusal> mayChoose(ChoiceReason reason, Cpr person, RegistrationHistory history,
                                              Supplier<List<GroupChange>> onItsWay, LocalDate validFrom) {
        Optional<InsuranceRegistration> inForce = history.inForceOn(validFrom);
        if (reason.combinedWithChangeToGroupOne()) {
            return inForce.map(InsuranceRegistration::group).filter(group -> group != Sikringsgruppe.GROUP_7)
                    .map(group -> Refusal.unprocessable("not-in-group-7", "DOC-9", "On " + validFrom + " " + person.value()
                            + " is in group " + group.number()
                            + "; a move from Greenland is for a person in group 7, and brings the change to group 1"));
        }
        return inForce.filter(registration -> registration.group() != Sikringsgruppe.GROUP_1)
                .filter(registration -> onItsWay.get().stream()
                        .noneMatch(change -> change.bringsGroupOneOn(validFrom, registration.validFrom())))
                .map(registration -> Refusal.unprocessable("not-in-group-1", "GRP-6", "On " + validFrom + " "
                        + person.value() + " is in group " + registration.group().number()
                        + "; only a person in group 1 has a doctor"));
    }
}

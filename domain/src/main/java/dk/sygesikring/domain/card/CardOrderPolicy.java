package dk.sygesikring.domain.card;

import dk.sygesikring.domain.configuration.LocalConfiguration;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.registration.RegistrationHistory;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a card is made, what it shows and where it goes (CARD-1, CARD-6, CARD-8, CARD-10, CARD-13). An explicit
 * order, by a citizen or a caseworker, always makes a card; an automatic one, caused by a doctor choice, a group
 * change or a CPR event, makes none when the person opted out of the physical card or already has an identical one.
 */
public final class CardOrderPolicy {

    /** CPR's road codes from 9900 up are not streets but special registrations ("høje vejkoder"): CPR's, not a parameter. */
    public static final int FIRST_HIGH_ROAD_CODE = 9900;

    /** The groups whose insured carry a card: 1, 2 and 6; resting (4, 5) and inactive (7, 8, 9) do not (GRP-1). */
    private static final Set<Sikringsgruppe> WITH_CARD = EnumSet.of(Sikringsgruppe.GROUP_1, Sikringsgruppe.GROUP_2,
            Sikringsgruppe.GROUP_6);

    public static final Refusal NO_CARD_IN_GROUP = Refusal.unprocessable("no-card-in-group", "GRP-1",
            "Only a person insured in group 1, 2 or 6 has a health card");
    public static final Refusal NO_DOCTOR = Refusal.unprocessable("no-doctor-for-card", "GRP-7",
            "The person is in group 1 without a doctor; the card is ordered with the doctor choice");
    public static final Refusal LISTED_HIGH_ROAD_CODE = Refusal.unprocessable("no-card-to-road-code", "CARD-6",
            "The municipality orders no card to an address with this road code");
    public static final Refusal NOT_BACK_FROM_RESTING = Refusal.unprocessable("not-back-from-group-4-or-5", "CARD-13",
            "A card for the return to active insurance is for a person who went from group 4 or 5 to group 1 or 2");
    public static final Refusal NOT_FOR_CITIZENS = Refusal.forbidden("card-reason-not-for-citizens", "ROLE-5",
            "In self-service a card is ordered because it was lost or damaged or the details changed; other reasons are a caseworker's");

    private CardOrderPolicy() {
    }

    /**
     * CARD-1: the card of the registration in force on {@code validFrom}, with the person's name and address today.
     *
     * @param doctor the practitioner the registration names, when it names one
     */
    public static Outcome<HealthCard> cardFor(Person person, Optional<InsuranceRegistration> inForce,
                                              Optional<Practitioner> doctor, LocalDate validFrom) {
        if (inForce.isEmpty() || !WITH_CARD.contains(inForce.get().group()) || person.address() == null) {
            return Outcome.refused(NO_CARD_IN_GROUP);
        }
        Sikringsgruppe group = inForce.get().group();
        if (group == Sikringsgruppe.GROUP_1 && (inForce.get().doctor().isEmpty() || doctor.isEmpty())) {
            return Outcome.refused(NO_DOCTOR);
        }
        Optional<HealthCard.CardDoctor> shown = doctor.filter(practitioner -> group == Sikringsgruppe.GROUP_1)
                .map(practitioner -> new HealthCard.CardDoctor(practitioner.providerNumber(), practitioner.practiceName(),
                        practitioner.address().display()));
        return Outcome.success(new HealthCard(person.cpr(), person.name(), person.address().display(), group, shown, validFrom));
    }

    /**
     * CARD-6, CARD-8: whether and where an order makes its card.
     *
     * @param current the card the person has now, as far as this service knows it
     */
    public static Outcome<CardOrderDecision> decide(boolean explicit, HealthCard card, Person person,
                                                    Optional<HealthCard> current, LocalConfiguration municipality) {
        String roadCode = person.address().roadCode();
        if (municipality.isHighRoadCode(roadCode)) {
            return explicit ? Outcome.refused(LISTED_HIGH_ROAD_CODE)
                    : Outcome.success(new CardOrderDecision.DoNotOrder(NotOrderedBecause.HIGH_ROAD_CODE));
        }
        if (!explicit && current.filter(card::isIdenticalTo).isPresent()) {
            return Outcome.success(new CardOrderDecision.DoNotOrder(NotOrderedBecause.IDENTICAL_CARD));
        }
        CardDelivery delivery = Integer.parseInt(roadCode) >= FIRST_HIGH_ROAD_CODE
                ? new CardDelivery.UnknownAddress(municipality.municipality())
                : new CardDelivery.ToAddress(card.address());
        return Outcome.success(new CardOrderDecision.Order(delivery));
    }

    /**
     * CARD-10: an automatic order skips the physical card of a person who opted out of it in the card app; an
     * explicit order always makes one. Asked when the order is about to leave for the supplier, from LUNA's register.
     */
    public static Optional<NotOrderedBecause> physicalCard(boolean explicit, boolean optedOut) {
        return !explicit && optedOut ? Optional.of(NotOrderedBecause.PHYSICAL_CARD_OPT_OUT) : Optional.empty();
    }

    /**
     * Whether the actor may give this reason for an explicit order: a citizen only their own doings (ROLE-5); the
     * return from resting insurance only for a person who returned (CARD-13).
     */
    public static Optional<Refusal> refusalOfReason(CardOrderReason reason, boolean byCitizen, RegistrationHistory history,
                                                    LocalDate today) {
        if (byCitizen && !reason.isForCitizens()) {
            return Optional.of(NOT_FOR_CITIZENS);
        }
        if (reason == CardOrderReason.RESTING_ACTIVE_TRANSITION && !returnedFromResting(history, today)) {
            return Optional.of(NOT_BACK_FROM_RESTING);
        }
        return Optional.empty();
    }

    /** CARD-13: in group 1 or 2 today, and the group before that was 4 or 5 (a doctor choice in between keeps group 1). */
    private static boolean returnedFromResting(RegistrationHistory history, LocalDate today) {
        Optional<InsuranceRegistration> now = history.inForceOn(today);
        if (now.isEmpty() || (now.get().group() != Sikringsgruppe.GROUP_1 && now.get().group() != Sikringsgruppe.GROUP_2)) {
            return false;
        }
        Sikringsgruppe active = now.get().group();
        return history.effective().stream()
                .filter(registration -> registration.validFrom().isBefore(now.get().validFrom()))
                .map(InsuranceRegistration::group)
                .filter(group -> group != active)
                .findFirst()
                .map(group -> group == Sikringsgruppe.GROUP_4 || group == Sikringsgruppe.GROUP_5)
                .orElse(false);
    }
}

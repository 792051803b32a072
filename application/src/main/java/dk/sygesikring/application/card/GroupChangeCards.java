package dk.sygesikring.application.card;

import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.domain.card.CardOrderReason;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.registration.RegistrationHistory;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The card of a group change (CARD-2) and its payment (CARD-12), as every change's ({@link ChangeCards}). Whether it
 * orders one, and why, follows from the group before the change (the day before it takes effect) and the group after
 * ({@link CardOrderReason#ofGroupChange}): a citizen's own change between groups 1 and 2 is their decision and costs
 * the card (CARD-3), so it is paid by payment card, reserved with the change.
 */
@Singleton
public class GroupChangeCards {

    private final RegistrationPort registrations;
    private final ChangeCards cards;

    public GroupChangeCards(RegistrationPort registrations, ChangeCards cards) {
        this.registrations = registrations;
        this.cards = cards;
    }

    /** A change just made: a citizen's own change with a fee reserves it now (PAY-2). */
    public void started(Forloeb forloeb, Cpr cpr, Sikringsgruppe group, LocalDate validFrom) {
        reason(cpr, group, validFrom).ifPresent(reason -> cards.started(forloeb, reason, List.of(cpr)));
    }

    /** The change is in effect: the card of the new group, when it has one, paid as the change was. */
    public Forloeb inEffect(Forloeb forloeb, Cpr cpr, Sikringsgruppe group, LocalDate validFrom) {
        return reason(cpr, group, validFrom).map(reason -> cards.inEffect(forloeb, List.of(cpr), reason, validFrom))
                .orElse(forloeb);
    }

    private Optional<CardOrderReason> reason(Cpr cpr, Sikringsgruppe group, LocalDate validFrom) {
        Optional<Sikringsgruppe> before = new RegistrationHistory(registrations.loadRegistrations(cpr))
                .inForceOn(validFrom.minusDays(1)).map(InsuranceRegistration::group);
        return CardOrderReason.ofGroupChange(before, group);
    }
}

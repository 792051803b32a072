package dk.sygesikring.application.card;

import dk.sygesikring.domain.doctorchoice.ChosenPerson;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.person.Cpr;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The cards of a doctor choice and their payment (DOC-12, CARD-12), as every change's ({@link ChangeCards}): a
 * citizen's choice of their own is paid by payment card, reserved with the choice, so a closed doctor's card is
 * charged only after the doctor approved the dispensation and the card is dispatched.
 */
@Singleton
public class DoctorChoiceCards {

    private final ChangeCards cards;

    public DoctorChoiceCards(ChangeCards cards) {
        this.cards = cards;
    }

    /** A citizen's choice with a fee: the payment for every person's card, reserved now (PAY-2). */
    public void started(Forloeb forloeb, DoctorChoice choice) {
        cards.started(forloeb, choice.reason().cardOrderReason(), persons(choice));
    }

    /** The choice is in effect: each person's card, paid as the choice was. */
    public Forloeb inEffect(Forloeb forloeb, DoctorChoice choice) {
        return cards.inEffect(forloeb, persons(choice), choice.reason().cardOrderReason(), choice.validFrom());
    }

    /** The choice ended without taking effect (rejected, refused, cancelled): nothing is charged. */
    public void ended(ForloebId forloebId) {
        cards.ended(forloebId);
    }

    private static List<Cpr> persons(DoctorChoice choice) {
        return choice.persons().stream().map(ChosenPerson::cpr).toList();
    }
}

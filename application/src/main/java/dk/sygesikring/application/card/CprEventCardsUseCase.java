package dk.sygesikring.application.card;

import dk.sygesikring.domain.card.TechnicalAddressChange;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;
import java.time.LocalDate;
import java.util.Optional;

/** The cards CPR's events order by themselves (CARD-7, CARD-11); the daily CPR event feed calls it. */
public interface CprEventCardsUseCase {

    /**
     * CARD-7: a technical change of the person's street name: a card with the new address, in a card-order forløb of
     * the person's municipality; after A42 and P10 it waits the configured days before going to the supplier.
     */
    Outcome<Forloeb> technicalAddressChange(Cpr cpr, TechnicalAddressChange event);

    /** CARD-11: the person's name changed; a free card when they married within the 3 months before (else none). */
    Outcome<Optional<Forloeb>> nameChanged(Cpr cpr, LocalDate changedOn);

    /** CARD-11: the person married; a name change that arrived first now gets its free card. */
    Outcome<Optional<Forloeb>> married(Cpr cpr, LocalDate marriedOn);
}

package dk.sygesikring.application.card;

import dk.sygesikring.domain.card.TechnicalAddressChange;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;

/** The cards CPR's events order by themselves (CARD-7); the daily CPR event feed calls it. */
public interface CprEventCardsUseCase {

    /**
     * CARD-7: a technical change of the person's street name: a card with the new address, in a card-order forløb of
     * the person's municipality; after A42 and P10 it waits the configured days before going to the supplier.
     */
    Outcome<Forloeb> technicalAddressChange(Cpr cpr, TechnicalAddressChange event);
}

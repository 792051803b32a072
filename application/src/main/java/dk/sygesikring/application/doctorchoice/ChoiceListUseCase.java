package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.doctorchoice.ChoiceList;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;

/**
 * The personal choice list (DOC-2): the doctors within the distance limit of the person's address, open first, each
 * with whether the person can choose it directly, needs a dispensation, or is refused, and by which rule (DOC-3,
 * DOC-7). Readable by whoever may act for the person (ROLE-3).
 */
public interface ChoiceListUseCase {
    Outcome<ChoiceList> choiceList(Actor reader, Cpr cpr);
}

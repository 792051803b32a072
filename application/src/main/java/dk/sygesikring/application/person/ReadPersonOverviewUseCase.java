package dk.sygesikring.application.person;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;

/** The person overview (PER-8), read from the local register and audited like any read of the person (AUD-1). */
public interface ReadPersonOverviewUseCase {

    Outcome<PersonOverview> readOverview(Actor reader, Cpr cpr);
}

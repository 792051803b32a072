package dk.sygesikring.application.practitioner;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.result.Outcome;
import java.util.List;
import java.util.Set;

/**
 * The practitioner overview (YDER-1). Quick search looks for ordinary practices by provider number or practice name
 * in the caller's municipality, or the municipalities asked for; extended search looks in every municipality and
 * also finds the special practitioners (DOC-1: island and shelter doctors are found only this way).
 */
public interface SearchPractitionersUseCase {

    int MAX_RESULTS = 200;

    List<Practitioner> search(Actor actor, String text, Set<MunicipalityCode> municipalities, boolean extended, int limit);

    Outcome<Practitioner> details(ProviderNumber providerNumber);
}

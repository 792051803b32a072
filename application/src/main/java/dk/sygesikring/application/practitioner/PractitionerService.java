package dk.sygesikring.application.practitioner;

import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.PractitionerSearch;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

@Singleton
public class PractitionerService implements SearchPractitionersUseCase {

    private final PractitionerRegisterPort register;

    public PractitionerService(PractitionerRegisterPort register) {
        this.register = register;
    }

    @Override
    public List<Practitioner> search(Actor actor, String text, Set<MunicipalityCode> municipalities, boolean extended, int limit) {
        Set<MunicipalityCode> where = municipalities.isEmpty() && !extended ? ownMunicipality(actor) : municipalities;
        String trimmed = text == null || text.isBlank() ? null : text.trim();
        return register.search(new PractitionerSearch(trimmed, where, extended, Math.min(Math.max(limit, 1), MAX_RESULTS)));
    }

    @Override
    public Outcome<Practitioner> details(ProviderNumber providerNumber) {
        return register.loadPractitioner(providerNumber).map(Outcome::success)
                .orElseGet(() -> Outcome.refused(Refusal.notFound("practitioner-not-found",
                        "No practitioner with provider number " + providerNumber)));
    }

    private static Set<MunicipalityCode> ownMunicipality(Actor actor) {
        return switch (actor) {
            case Caseworker caseworker -> Set.of(caseworker.municipality());
            case MunicipalAdministrator administrator -> Set.of(administrator.municipality());
            default -> Set.of();
        };
    }
}

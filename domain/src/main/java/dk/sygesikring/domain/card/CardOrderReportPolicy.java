package dk.sygesikring.domain.card;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Caseworker;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.result.Refusal;
import java.util.Optional;

/**
 * Who reads a municipality's card-order report (AUD-2, ROLE-2): its own administrators and caseworkers, and the
 * system for any municipality. The report names persons and money of the municipality's own orders, so another
 * municipality's staff, and citizens, are refused.
 */
public final class CardOrderReportPolicy {

    private CardOrderReportPolicy() {
    }

    public static Optional<Refusal> mayRead(Actor reader, MunicipalityCode municipality) {
        boolean allowed = switch (reader) {
            case SystemActor system -> true;
            case MunicipalAdministrator administrator -> administrator.municipality().equals(municipality);
            case Caseworker caseworker -> caseworker.municipality().equals(municipality);
            case Citizen citizen -> false;
        };
        return allowed ? Optional.empty() : Optional.of(Refusal.forbidden("card-order-report-of-another-municipality", "ROLE-2",
                "The card-order report of municipality " + municipality.value()
                        + " is for its own administrators and caseworkers, and the system"));
    }
}

package dk.sygesikring.simulators.luna;

import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.simulators.population.Registration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A registration as a caller asked for it, read but not yet judged: provider number and group are kept as sent,
 * so that LUNA can refuse them with a reason (422). Two requests are the same when every field is.
 */
record RegistrationRequest(Registration.Kind kind, Cpr cpr, String providerNumber, String group, LocalDate validFrom,
                           UUID forloebId) {

    RegistrationRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(forloebId, "forloebId");
    }
}

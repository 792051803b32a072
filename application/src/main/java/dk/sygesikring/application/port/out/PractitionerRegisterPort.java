package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The local practitioner register (DOC-1), kept from LUNA's practitioner data (INT-1). */
public interface PractitionerRegisterPort {

    Optional<Practitioner> loadPractitioner(ProviderNumber providerNumber);

    /** Practitioners matching the search, by practice name; at most {@code search.limit()}. */
    List<Practitioner> search(PractitionerSearch search);

    /** Inserts new practitioners and overwrites known ones. */
    void savePractitioners(Collection<Practitioner> practitioners);
}

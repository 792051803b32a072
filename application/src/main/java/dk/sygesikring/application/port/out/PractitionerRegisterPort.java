package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The local practitioner register (DOC-1), kept from LUNA's practitioner data (INT-1). */
public interface PractitionerRegisterPort {

    Optional<Practitioner> loadPractitioner(ProviderNumber providerNumber);

    /**
     * The practitioner, locked until the transaction ends: choices of one doctor are made one at a time, so two
     * cannot both take its last place (DOC-7).
     */
    Optional<Practitioner> lockPractitioner(ProviderNumber providerNumber);

    /** Patients registered with the practitioner changed by {@code change} (a choice took effect). */
    void addRegisteredPatients(ProviderNumber providerNumber, int change);

    /** Practitioners matching the search, by practice name; at most {@code search.limit()}. */
    List<Practitioner> search(PractitionerSearch search);

    /**
     * Practitioners whose practice lies roughly within {@code kilometres} of {@code centre} (a bounding box; the
     * exact distance is for the domain to measure), special ones included.
     */
    List<Practitioner> near(Coordinates centre, double kilometres);

    /** Inserts new practitioners and overwrites known ones. */
    void savePractitioners(Collection<Practitioner> practitioners);
}

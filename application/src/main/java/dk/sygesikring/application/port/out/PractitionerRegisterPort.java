package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The local practitioner register (DOC-1), kept from LUNA's practitioner data (INT-1).
 *
 * <p>A practitioner's {@code registeredPatients} is counted when it is read (DOC-7,
 * {@link dk.sygesikring.domain.practitioner.PatientCount}): LUNA's count when the practitioner was last saved, with
 * the moves of the registrations recorded since. A practitioner LUNA no longer lists is closed down: it is kept for
 * the registrations and the history that name it, but no list shows it and no choice can take it.
 */
public interface PractitionerRegisterPort {

    /** The practitioner, also one closed down. */
    Optional<Practitioner> loadPractitioner(ProviderNumber providerNumber);

    /**
     * The practitioner open to choices (not closed down), locked until the transaction ends: choices of one doctor are
     * made one at a time, so two cannot both take its last place (DOC-7).
     */
    Optional<Practitioner> lockPractitioner(ProviderNumber providerNumber);

    /** Practitioners matching the search, by practice name; at most {@code search.limit()}; none closed down. */
    List<Practitioner> search(PractitionerSearch search);

    /**
     * Practitioners whose practice lies roughly within {@code kilometres} of {@code centre} (a bounding box; the
     * exact distance is for the domain to measure), special ones included, none closed down.
     */
    List<Practitioner> near(Coordinates centre, double kilometres);

    /**
     * Inserts new practitioners and overwrites known ones (a closed-down one is back), their registered patients
     * taken as counted today and including every registration recorded so far.
     */
    void savePractitioners(Collection<Practitioner> practitioners);

    /** How far a count of patients read from LUNA now reaches: today, and the registrations recorded so far. */
    PatientCountMark patientCountMark();

    /** The same as {@link #savePractitioners}, their patients counted by LUNA as far as {@code mark} reaches. */
    void savePractitioners(Collection<Practitioner> practitioners, PatientCountMark mark);

    /** Every practitioner not closed down, with the patients as LUNA last counted them. */
    List<Practitioner> inRegister();

    /** Closes these practitioners down at {@code at}: LUNA no longer lists them. */
    void closeDown(Collection<ProviderNumber> practitioners, Instant at);

    /** Holds off every other synchronisation of the register until the transaction ends (INT-1, several instances). */
    void lockForSynchronisation();

    /**
     * How far LUNA's count of a practitioner's patients reaches: the day it was read, and the last registration
     * recorded here before it was asked for (LUNA had registered all of those, so its count includes them).
     */
    record PatientCountMark(LocalDate countedOn, long lastRecordedRegistration) {
    }
}

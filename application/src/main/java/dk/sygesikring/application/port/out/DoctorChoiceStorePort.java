package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.doctorchoice.Reservations;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where doctor choices are kept, one per DOCTOR_CHOICE forløb. Callers hold the transaction and lock the forløb. */
public interface DoctorChoiceStorePort {

    /** Stores a new choice or the new state of a known one. */
    void save(DoctorChoice choice);

    Optional<DoctorChoice> load(ForloebId forloebId);

    /** The pending choices in which any of these persons is included (DOC-16). */
    List<DoctorChoice> pendingFor(Collection<Cpr> persons);

    /** The places pending choices hold at these practitioners: one per person (DOC-7). */
    Reservations reservationsAt(Collection<ProviderNumber> practitioners);
}

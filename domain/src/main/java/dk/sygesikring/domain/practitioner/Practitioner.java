package dk.sygesikring.domain.practitioner;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import java.util.Objects;
import java.util.Set;

/**
 * A practitioner (yder) as the register holds it (DOC-1, YDER-1).
 *
 * @param open                       open for new patients (åben for tilgang)
 * @param capacity                   how many patients the practice takes at most
 * @param closingLimit               the number of patients at which the practice closes for new ones (lukkegrænse)
 * @param registeredPatients         patients registered now
 * @param selectivelyOpenPostcodes   postcodes for which a closed practice is nevertheless open (DOC-2)
 */
public record Practitioner(
        ProviderNumber providerNumber,
        String practiceName,
        Address address,
        MunicipalityCode municipalityCode,
        PractitionerKind kind,
        boolean open,
        int capacity,
        int closingLimit,
        int registeredPatients,
        Set<String> selectivelyOpenPostcodes) {

    public Practitioner {
        Objects.requireNonNull(providerNumber, "providerNumber");
        Objects.requireNonNull(practiceName, "practiceName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(municipalityCode, "municipalityCode");
        Objects.requireNonNull(kind, "kind");
        selectivelyOpenPostcodes = Set.copyOf(selectivelyOpenPostcodes);
        if (capacity < 0 || closingLimit < 0 || registeredPatients < 0) {
            throw new IllegalArgumentException("capacity, closing limit and registered patients are never negative");
        }
        if (closingLimit > capacity) {
            throw new IllegalArgumentException("the closing limit cannot exceed the capacity: " + providerNumber);
        }
    }

    /** The same practitioner with its patients counted anew (DOC-7). */
    public Practitioner withRegisteredPatients(int patients) {
        return new Practitioner(providerNumber, practiceName, address, municipalityCode, kind, open, capacity, closingLimit,
                patients, selectivelyOpenPostcodes);
    }
}

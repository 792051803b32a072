package dk.sygesikring.domain.doctorchoice;

import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.ProviderNumber;

/**
 * A practitioner as a personal choice list shows it: who and where, nothing of the register's workings.
 * In particular not the postcodes a practice is selectively open for (DOC-2: the list does not reveal them).
 */
public record ListedPractitioner(ProviderNumber providerNumber, String practiceName, Address address,
                                 MunicipalityCode municipalityCode) {

    public static ListedPractitioner of(Practitioner practitioner) {
        return new ListedPractitioner(practitioner.providerNumber(), practitioner.practiceName(), practitioner.address(),
                practitioner.municipalityCode());
    }
}

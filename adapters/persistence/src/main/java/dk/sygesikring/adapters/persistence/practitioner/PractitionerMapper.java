package dk.sygesikring.adapters.persistence.practitioner;

import dk.sygesikring.application.port.out.PractitionerRegisterPort.PatientCountMark;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import java.util.Set;

/** Rows of the register to the domain's practitioners and back, and the registrations a count reads (DOC-7). */
final class PractitionerMapper {

    private PractitionerMapper() {
    }

    /** The practitioner with its patients as LUNA last counted them. */
    static Practitioner toPractitioner(PractitionerRow row) {
        Address address = new Address(row.street(), row.houseNumber(), row.floor(), row.door(), row.postcode(), row.city(),
                row.roadCode(), MunicipalityCode.of(row.municipalityCode()), row.addressId(),
                row.latitude() == null ? null : new Coordinates(row.latitude(), row.longitude()));
        return new Practitioner(ProviderNumber.of(row.providerNumber()), row.practiceName(), address,
                MunicipalityCode.of(row.municipalityCode()), PractitionerKind.valueOf(row.kind()), row.open(),
                row.capacity(), row.closingLimit(), row.registeredPatients(), Set.of(row.selectivelyOpenPostcodes()));
    }

    static PractitionerRow toRow(Practitioner practitioner, PatientCountMark mark) {
        Address a = practitioner.address();
        Coordinates at = a.coordinates();
        return new PractitionerRow(practitioner.providerNumber().value(), practitioner.practiceName(),
                practitioner.kind().name(), practitioner.open(), practitioner.capacity(), practitioner.closingLimit(),
                practitioner.registeredPatients(),
                practitioner.selectivelyOpenPostcodes().stream().sorted().toArray(String[]::new),
                practitioner.municipalityCode().value(), a.street(), a.houseNumber(), a.floor(), a.door(), a.postcode(),
                a.city(), a.roadCode(), a.addressId(),
                at == null ? null : at.latitude(), at == null ? null : at.longitude(),
                mark.countedOn(), mark.lastRecordedRegistration(), null);
    }

    static InsuranceRegistration toRegistration(RecordedRegistrationRow row) {
        return new InsuranceRegistration(Cpr.of(row.cpr()), Sikringsgruppe.ofNumber(row.groupNumber()).orElseThrow(),
                row.providerNumber() == null ? null : ProviderNumber.of(row.providerNumber()), row.validFrom(),
                row.registeredAt(), row.registrationId(), row.forloebId() == null ? null : new ForloebId(row.forloebId()));
    }
}

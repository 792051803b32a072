package dk.sygesikring.adapters.persistence.practitioner;

import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.PractitionerSearch;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Singleton
class PractitionerPersistenceAdapter implements PractitionerRegisterPort {

    /** A little more than the real 111.0 km, so the box is never too small. */
    private static final double KILOMETRES_PER_DEGREE_OF_LATITUDE = 110.0;

    private final PractitionerRepository rows;

    PractitionerPersistenceAdapter(PractitionerRepository rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Practitioner> loadPractitioner(ProviderNumber providerNumber) {
        return rows.findById(providerNumber.value()).map(PractitionerPersistenceAdapter::toPractitioner);
    }

    @Override
    public Optional<Practitioner> lockPractitioner(ProviderNumber providerNumber) {
        return rows.findByIdForUpdate(providerNumber.value()).map(PractitionerPersistenceAdapter::toPractitioner);
    }

    @Override
    public void addRegisteredPatients(ProviderNumber providerNumber, int change) {
        rows.addRegisteredPatients(providerNumber.value(), change);
    }

    @Override
    public List<Practitioner> search(PractitionerSearch search) {
        return rows.findAll(PractitionerSpecifications.matching(search), Pageable.from(0, search.limit(), Sort.of(Sort.Order.asc("practiceName"))))
                .getContent().stream().map(PractitionerPersistenceAdapter::toPractitioner).toList();
    }

    @Override
    public List<Practitioner> near(Coordinates centre, double kilometres) {
        double latitudeDegrees = kilometres / KILOMETRES_PER_DEGREE_OF_LATITUDE;
        double longitudeDegrees = kilometres / (KILOMETRES_PER_DEGREE_OF_LATITUDE * Math.cos(Math.toRadians(centre.latitude())));
        return rows.findByLatitudeBetweenAndLongitudeBetween(centre.latitude() - latitudeDegrees, centre.latitude() + latitudeDegrees,
                        centre.longitude() - longitudeDegrees, centre.longitude() + longitudeDegrees)
                .stream().map(PractitionerPersistenceAdapter::toPractitioner).toList();
    }

    @Override
    public void savePractitioners(Collection<Practitioner> practitioners) {
        practitioners.forEach(practitioner -> rows.upsert(toRow(practitioner)));
    }

    private static Practitioner toPractitioner(PractitionerRow row) {
        Address address = new Address(row.street(), row.houseNumber(), row.floor(), row.door(), row.postcode(), row.city(),
                row.roadCode(), MunicipalityCode.of(row.municipalityCode()), row.addressId(),
                row.latitude() == null ? null : new Coordinates(row.latitude(), row.longitude()));
        return new Practitioner(ProviderNumber.of(row.providerNumber()), row.practiceName(), address,
                MunicipalityCode.of(row.municipalityCode()), PractitionerKind.valueOf(row.kind()), row.open(),
                row.capacity(), row.closingLimit(), row.registeredPatients(), Set.of(row.selectivelyOpenPostcodes()));
    }

    private static PractitionerRow toRow(Practitioner practitioner) {
        Address a = practitioner.address();
        Coordinates at = a.coordinates();
        return new PractitionerRow(practitioner.providerNumber().value(), practitioner.practiceName(),
                practitioner.kind().name(), practitioner.open(), practitioner.capacity(), practitioner.closingLimit(),
                practitioner.registeredPatients(),
                practitioner.selectivelyOpenPostcodes().stream().sorted().toArray(String[]::new),
                practitioner.municipalityCode().value(), a.street(), a.houseNumber(), a.floor(), a.door(), a.postcode(),
                a.city(), a.roadCode(), a.addressId(),
                at == null ? null : at.latitude(), at == null ? null : at.longitude());
    }
}

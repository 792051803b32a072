package dk.sygesikring.adapters.persistence.practitioner;

import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.PractitionerSearch;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Address;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.PatientCount;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.PractitionerKind;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The practitioner register in PostgreSQL; the practitioners near an address come from {@link OpenPractitioners} in
 * memory. Every practitioner read has its patients counted as of today (DOC-7): one more query per read, for all the
 * practitioners read, fetches the registrations of the persons who moved since LUNA's count, and {@link PatientCount}
 * counts them.
 */
@Singleton
class PractitionerPersistenceAdapter implements PractitionerRegisterPort {

    /** A little more than the real 111.0 km, so the box is never too small. */
    private static final double KILOMETRES_PER_DEGREE_OF_LATITUDE = 110.0;

    private final PractitionerRepository rows;
    private final PatientMovesRepository moves;
    private final OpenPractitioners open;
    private final Clock clock;

    PractitionerPersistenceAdapter(PractitionerRepository rows, PatientMovesRepository moves, OpenPractitioners open,
                                   Clock clock) {
        this.rows = rows;
        this.moves = moves;
        this.open = open;
        this.clock = clock;
    }

    @Override
    public Optional<Practitioner> loadPractitioner(ProviderNumber providerNumber) {
        return rows.findById(providerNumber.value()).map(row -> withPatientsCounted(List.of(row)).getFirst());
    }

    @Override
    public Optional<Practitioner> lockPractitioner(ProviderNumber providerNumber) {
        return rows.findOpenToChoicesForUpdate(providerNumber.value()).map(row -> withPatientsCounted(List.of(row)).getFirst());
    }

    @Override
    public List<Practitioner> search(PractitionerSearch search) {
        return withPatientsCounted(rows.findAll(PractitionerSpecifications.matching(search),
                Pageable.from(0, search.limit(), Sort.of(Sort.Order.asc("practiceName")))).getContent());
    }

    @Override
    public List<Practitioner> near(Coordinates centre, double kilometres) {
        double latitudeDegrees = kilometres / KILOMETRES_PER_DEGREE_OF_LATITUDE;
        double longitudeDegrees = kilometres / (KILOMETRES_PER_DEGREE_OF_LATITUDE * Math.cos(Math.toRadians(centre.latitude())));
        return withPatientsCounted(open.within(
                centre.latitude() - latitudeDegrees, centre.latitude() + latitudeDegrees,
                centre.longitude() - longitudeDegrees, centre.longitude() + longitudeDegrees));
    }

    @Override
    public void savePractitioners(Collection<Practitioner> practitioners) {
        savePractitioners(practitioners, patientCountMark());
    }

    @Override
    public PatientCountMark patientCountMark() {
        return new PatientCountMark(LocalDate.now(clock), rows.lastRecordedRegistration());
    }

    @Override
    public void savePractitioners(Collection<Practitioner> practitioners, PatientCountMark mark) {
        practitioners.forEach(practitioner -> rows.upsert(toRow(practitioner, mark)));
        moves.forgetCountedMoves();
    }

    @Override
    public List<Practitioner> inRegister() {
        return rows.findByClosedDownAtIsNull().stream().map(row -> toPractitioner(row, row.registeredPatients())).toList();
    }

    @Override
    public void closeDown(Collection<ProviderNumber> practitioners, Instant at) {
        if (!practitioners.isEmpty()) {
            rows.closeDown(practitioners.stream().map(ProviderNumber::value).toArray(String[]::new), at);
        }
    }

    @Override
    public void lockForSynchronisation() {
        rows.lockForSynchronisation();
    }

    private List<Practitioner> withPatientsCounted(List<PractitionerRow> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Collection<List<RecordedRegistrationRow>> changedPersons = moves.findChangedSinceCounted(
                        found.stream().map(PractitionerRow::providerNumber).distinct().toArray(String[]::new))
                .stream().collect(Collectors.groupingBy(RecordedRegistrationRow::cpr)).values();
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(row -> toPractitioner(row, new PatientCount(ProviderNumber.of(row.providerNumber()),
                row.registeredPatients(), row.patientsCountedOn()).on(today, registrationsOf(changedPersons, row)))).toList();
    }

    /** Each changed person's registrations, split by whether this practitioner's count from LUNA includes them. */
    private static List<PatientCount.Registrations> registrationsOf(Collection<List<RecordedRegistrationRow>> persons,
                                                                    PractitionerRow practitioner) {
        return persons.stream()
                .filter(registrations -> registrations.stream().anyMatch(r -> practitioner.providerNumber().equals(r.providerNumber())))
                .map(registrations -> new PatientCount.Registrations(
                        registrations.stream().filter(r -> r.recorded() <= practitioner.patientsCountedAfter())
                                .map(PractitionerPersistenceAdapter::toRegistration).toList(),
                        registrations.stream().map(PractitionerPersistenceAdapter::toRegistration).toList()))
                .toList();
    }

    private static InsuranceRegistration toRegistration(RecordedRegistrationRow row) {
        return new InsuranceRegistration(Cpr.of(row.cpr()), Sikringsgruppe.ofNumber(row.groupNumber()).orElseThrow(),
                row.providerNumber() == null ? null : ProviderNumber.of(row.providerNumber()), row.validFrom(),
                row.registeredAt(), row.registrationId(), row.forloebId() == null ? null : new ForloebId(row.forloebId()));
    }

    private static Practitioner toPractitioner(PractitionerRow row, int registeredPatients) {
        Address address = new Address(row.street(), row.houseNumber(), row.floor(), row.door(), row.postcode(), row.city(),
                row.roadCode(), MunicipalityCode.of(row.municipalityCode()), row.addressId(),
                row.latitude() == null ? null : new Coordinates(row.latitude(), row.longitude()));
        return new Practitioner(ProviderNumber.of(row.providerNumber()), row.practiceName(), address,
                MunicipalityCode.of(row.municipalityCode()), PractitionerKind.valueOf(row.kind()), row.open(),
                row.capacity(), row.closingLimit(), registeredPatients, Set.of(row.selectivelyOpenPostcodes()));
    }

    private static PractitionerRow toRow(Practitioner practitioner, PatientCountMark mark) {
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
}

package dk.sygesikring.adapters.persistence.practitioner;

import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.PractitionerSearch;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.practitioner.PatientCount;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The practitioner register in PostgreSQL; the practitioners near an address come from {@link OpenPractitioners} in
 * memory. Every practitioner read has its patients counted as of today (DOC-7): one more query per read, for all the
 * practitioners read, finds the persons moved into or out of them since LUNA's count ({@code patient_move}), their
 * registrations come from {@link MovedPersonsInMemory}, and {@link PatientCount} counts them (ADR 0024).
 */
@Singleton
class PractitionerPersistenceAdapter implements PractitionerRegisterPort {

    /** A little more than the real 111.0 km, so the box is never too small. */
    private static final double KILOMETRES_PER_DEGREE_OF_LATITUDE = 110.0;

    private final PractitionerRepository rows;
    private final PatientMovesRepository moves;
    private final OpenPractitioners open;
    private final MovedPersonsInMemory movedPersons;
    private final Clock clock;

    PractitionerPersistenceAdapter(PractitionerRepository rows, PatientMovesRepository moves, OpenPractitioners open,
                                   MovedPersonsInMemory movedPersons, Clock clock) {
        this.rows = rows;
        this.moves = moves;
        this.open = open;
        this.movedPersons = movedPersons;
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
        return counted(open.within(
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
        practitioners.forEach(practitioner -> rows.upsert(PractitionerMapper.toRow(practitioner, mark)));
        moves.forgetCountedMoves();
        moves.forgetCountedPersons();
    }

    @Override
    public List<Practitioner> inRegister() {
        return rows.findByClosedDownAtIsNull().stream().map(PractitionerMapper::toPractitioner).toList();
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
        return counted(found.stream().map(LunaCounted::of).toList());
    }

    private List<Practitioner> counted(List<LunaCounted> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<PractitionerRow> counts = found.stream().map(LunaCounted::row).toList();
        List<PatientMoveRow> moved = moves.findChangedSinceCounted(
                counts.stream().map(PractitionerRow::providerNumber).toArray(String[]::new),
                counts.stream().mapToLong(PractitionerRow::patientsCountedAfter).toArray(),
                counts.stream().map(row -> row.patientsCountedOn().toString()).toArray(String[]::new));
        ChangedPersons changed = new ChangedPersons(moved, movedPersons.of(moved));
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(held -> held.practitioner().withRegisteredPatients(
                new PatientCount(held.practitioner().providerNumber(), held.row().registeredPatients(),
                        held.row().patientsCountedOn()).on(today, changed.of(held.row())))).toList();
    }
}

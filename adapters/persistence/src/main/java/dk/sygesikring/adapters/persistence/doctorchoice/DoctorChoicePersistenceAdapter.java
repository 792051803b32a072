package dk.sygesikring.adapters.persistence.doctorchoice;

import dk.sygesikring.adapters.persistence.doctorchoice.DoctorChoiceRepositories.ChosenPersonRepository;
import dk.sygesikring.adapters.persistence.doctorchoice.DoctorChoiceRepositories.DoctorChoiceRepository;
import dk.sygesikring.adapters.persistence.doctorchoice.DoctorChoiceRows.ChosenPersonRow;
import dk.sygesikring.adapters.persistence.doctorchoice.DoctorChoiceRows.DoctorChoiceRow;
import dk.sygesikring.application.port.out.DoctorChoiceStorePort;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.doctorchoice.Reservations;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Stores a doctor choice as its row and its persons (rewritten on save: consents change). */
@Singleton
class DoctorChoicePersistenceAdapter implements DoctorChoiceStorePort {

    private final DoctorChoiceRepository choices;
    private final ChosenPersonRepository persons;

    DoctorChoicePersistenceAdapter(DoctorChoiceRepository choices, ChosenPersonRepository persons) {
        this.choices = choices;
        this.persons = persons;
    }

    @Override
    public void save(DoctorChoice choice) {
        choices.upsert(DoctorChoiceMapper.toRow(choice));
        persons.deleteByForloebId(choice.forloebId().value());
        persons.saveAll(DoctorChoiceMapper.personRows(choice));
    }

    @Override
    public Optional<DoctorChoice> load(ForloebId forloebId) {
        return choices.findById(forloebId.value()).map(row -> assemble(List.of(row)).get(0));
    }

    @Override
    public List<DoctorChoice> pendingFor(Collection<Cpr> cprs) {
        if (cprs.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = choices.findPendingForloebIds(cprs.stream().map(Cpr::value).toList());
        return ids.isEmpty() ? List.of() : assemble(choices.findByForloebIdIn(ids));
    }

    @Override
    public Reservations reservationsAt(Collection<ProviderNumber> practitioners) {
        if (practitioners.isEmpty()) {
            return Reservations.none();
        }
        return Reservations.of(choices.countReservations(practitioners.stream().map(ProviderNumber::value).distinct().toArray(String[]::new))
                .stream().collect(Collectors.toMap(count -> ProviderNumber.of(count.providerNumber()),
                        count -> Math.toIntExact(count.places()))));
    }

    private List<DoctorChoice> assemble(List<DoctorChoiceRow> rows) {
        Map<UUID, List<ChosenPersonRow>> personsOf = persons.findByForloebIdInOrderByPosition(
                rows.stream().map(DoctorChoiceRow::forloebId).toList()).stream()
                .collect(Collectors.groupingBy(ChosenPersonRow::forloebId));
        return rows.stream().map(row -> DoctorChoiceMapper.toChoice(row, personsOf.getOrDefault(row.forloebId(), List.of())))
                .toList();
    }
}

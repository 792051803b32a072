package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.DoctorChoiceStorePort;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.doctorchoice.Reservations;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Doctor choices in memory, for use-case tests; a pending choice holds one place per person, as in PostgreSQL. */
public final class InMemoryDoctorChoices implements DoctorChoiceStorePort {

    private final Map<ForloebId, DoctorChoice> stored = new LinkedHashMap<>();

    @Override
    public void save(DoctorChoice choice) {
        stored.put(choice.forloebId(), choice);
    }

    @Override
    public Optional<DoctorChoice> load(ForloebId forloebId) {
        return Optional.ofNullable(stored.get(forloebId));
    }

    @Override
    public List<DoctorChoice> pendingFor(Collection<Cpr> persons) {
        return stored.values().stream().filter(DoctorChoice::isPending)
                .filter(choice -> choice.persons().stream().anyMatch(person -> persons.contains(person.cpr()))).toList();
    }

    @Override
    public Reservations reservationsAt(Collection<ProviderNumber> practitioners) {
        Reservations reservations = Reservations.none();
        for (DoctorChoice choice : stored.values()) {
            if (choice.isPending() && practitioners.contains(choice.providerNumber())) {
                reservations = reservations.plus(choice.providerNumber(), choice.persons().size());
            }
        }
        return reservations;
    }

    public DoctorChoice get(ForloebId forloebId) {
        return load(forloebId).orElseThrow();
    }
}

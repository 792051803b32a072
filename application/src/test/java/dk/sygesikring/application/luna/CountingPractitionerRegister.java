package dk.sygesikring.application.luna;

import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.PractitionerSearch;
import dk.sygesikring.domain.person.Coordinates;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A register that holds no practitioners and counts the patients added to each (a choice in effect adds them). */
final class CountingPractitionerRegister implements PractitionerRegisterPort {

    final Map<ProviderNumber, Integer> added = new HashMap<>();

    @Override
    public Optional<Practitioner> loadPractitioner(ProviderNumber providerNumber) {
        return Optional.empty();
    }

    @Override
    public Optional<Practitioner> lockPractitioner(ProviderNumber providerNumber) {
        return Optional.empty();
    }

    @Override
    public void addRegisteredPatients(ProviderNumber providerNumber, int change) {
        added.merge(providerNumber, change, Integer::sum);
    }

    @Override
    public List<Practitioner> search(PractitionerSearch search) {
        return List.of();
    }

    @Override
    public List<Practitioner> near(Coordinates centre, double kilometres) {
        return List.of();
    }

    @Override
    public void savePractitioners(Collection<Practitioner> practitioners) {
        throw new UnsupportedOperationException("not part of these use cases");
    }
}

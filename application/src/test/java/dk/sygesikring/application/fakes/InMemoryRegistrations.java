package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.RegistrationPort;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import java.util.ArrayList;
import java.util.List;

/** The registrations this service has recorded, in memory. */
public final class InMemoryRegistrations implements RegistrationPort {

    private final List<InsuranceRegistration> recorded = new ArrayList<>();

    @Override
    public List<InsuranceRegistration> loadRegistrations(Cpr cpr) {
        return recorded.stream().filter(registration -> registration.cpr().equals(cpr)).toList();
    }

    @Override
    public void record(InsuranceRegistration registration) {
        recorded.add(registration);
    }
}

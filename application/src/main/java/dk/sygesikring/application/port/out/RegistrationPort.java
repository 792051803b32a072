package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.registration.InsuranceRegistration;
import dk.sygesikring.domain.person.Cpr;
import java.util.List;

/** The registrations (doctor choices and group changes) this service knows: those it made, and those from LUNA's history. */
public interface RegistrationPort {

    List<InsuranceRegistration> loadRegistrations(Cpr cpr);

    void record(InsuranceRegistration registration);
}

package dk.sygesikring.application.port.out;

import dk.sygesikring.domain.group.GroupRegistration;
import dk.sygesikring.domain.person.Cpr;
import java.util.List;

/** The group registrations this service knows: those it made, and those imported from LUNA's history. */
public interface GroupRegistrationPort {

    List<GroupRegistration> loadGroupRegistrations(Cpr cpr);

    void record(GroupRegistration registration);
}

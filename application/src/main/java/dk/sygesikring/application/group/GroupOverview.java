package dk.sygesikring.application.group;

import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.registration.InsuranceRegistration;
import java.util.List;
import java.util.Optional;

/**
 * A person's group as of today (GRP-4), the registered changes still to take effect, and the changes still on
 * their way to LUNA.
 */
public record GroupOverview(Optional<InsuranceRegistration> inForce, List<InsuranceRegistration> upcoming, List<Forloeb> pending) {
}

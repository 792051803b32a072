package dk.sygesikring.application.group;

import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.group.GroupRegistration;
import java.util.List;
import java.util.Optional;

/**
 * A person's group as of today (GRP-4), the registered changes still to take effect, and the changes still on
 * their way to LUNA.
 */
public record GroupOverview(Optional<GroupRegistration> inForce, List<GroupRegistration> upcoming, List<Forloeb> pending) {
}

package dk.sygesikring.application.group;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.result.Outcome;

public interface ReadGroupUseCase {
    Outcome<GroupOverview> readGroup(Actor reader, Cpr cpr);
}

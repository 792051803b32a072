package dk.sygesikring.application.group;

import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.result.Outcome;

/**
 * Changes a person's insurance group (GRP-1..GRP-3, ROLE-3, ROLE-5): a GROUP_CHANGE forløb is created with the
 * registration for LUNA in the same transaction (FORL-4); the forløb completes when LUNA confirms.
 */
public interface ChangeGroupUseCase {
    Outcome<Forloeb> changeGroup(ChangeGroupCommand command);
}

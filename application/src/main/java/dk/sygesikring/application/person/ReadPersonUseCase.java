package dk.sygesikring.application.person;

import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.FamilyAndResidence;
import dk.sygesikring.domain.result.Outcome;

/**
 * Reading persons from the local register. Never calls CPR (INT-2). Caseworkers' and
 * administrators' reads are audited (AUD-1); citizens see only whom they may act for (ROLE-3).
 */
public interface ReadPersonUseCase {

    Outcome<PersonView> readPerson(Actor reader, Cpr cpr);

    Outcome<FamilyAndResidence> readFamily(Actor reader, Cpr cpr);
}

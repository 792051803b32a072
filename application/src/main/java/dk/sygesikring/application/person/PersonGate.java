package dk.sygesikring.application.person;

import dk.sygesikring.application.port.out.AuditLogPort;
import dk.sygesikring.application.port.out.LoadPersonPort;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.Citizen;
import dk.sygesikring.domain.access.PersonAccessPolicy;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.audit.AuditEntry;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import dk.sygesikring.domain.person.Relation;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The way in to a person for every use case: load them from the local register, check that the actor may see or
 * act for them (ROLE-3, ROLE-4), and write the audit line of a caseworker's use (AUD-1). The port returns once the
 * line is committed (ADR 0022), so no use goes unaudited, even when the use case's own transaction rolls back.
 */
@Singleton
public class PersonGate {

    /** A person the actor was let in to, with their CPR relations. */
    public record Admitted(Person person, List<Relation> relations) {
    }

    private final LoadPersonPort persons;
    private final AuditLogPort auditLog;
    private final Clock clock;

    public PersonGate(LoadPersonPort persons, AuditLogPort auditLog, Clock clock) {
        this.persons = persons;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Outcome<Person> readable(Actor reader, Cpr cpr, AuditAction action) {
        return admit(reader, cpr, action).map(Admitted::person);
    }

    public Outcome<Admitted> readableWithRelations(Actor reader, Cpr cpr, AuditAction action) {
        return admit(reader, cpr, action);
    }

    public Outcome<Person> actingFor(Actor actor, Cpr cpr, AuditAction action) {
        return admit(actor, cpr, action).map(Admitted::person);
    }

    public Outcome<Admitted> actingForWithRelations(Actor actor, Cpr cpr, AuditAction action) {
        return admit(actor, cpr, action);
    }

    private Outcome<Admitted> admit(Actor actor, Cpr cpr, AuditAction action) {
        Optional<Person> person = persons.loadPerson(cpr);
        if (person.isEmpty()) {
            // A citizen asking for someone else learns nothing, not even whether the number exists.
            boolean citizenAskingForOther = actor instanceof Citizen citizen && !citizen.cpr().equals(cpr);
            return Outcome.refused(citizenAskingForOther
                    ? PersonAccessPolicy.NOT_YOUR_PERSON
                    : Refusal.notFound("person-not-found", "No person with CPR number " + cpr
                            + " is held in the local register; a caseworker can look the person up in CPR"));
        }
        List<Relation> relations = persons.loadRelations(cpr);
        Optional<Refusal> refusal = PersonAccessPolicy.mayActFor(actor, person.get(), relations, LocalDate.now(clock));
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        if (actor.isAudited()) {
            auditLog.record(AuditEntry.personUse(actor, action, cpr.value(), clock.instant()));
        }
        return Outcome.success(new Admitted(person.get(), relations));
    }
}

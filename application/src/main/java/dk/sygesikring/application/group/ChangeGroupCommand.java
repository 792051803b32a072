package dk.sygesikring.application.group;

import dk.sygesikring.application.idempotency.IdempotencyKey;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.person.Cpr;
import java.time.LocalDate;
import java.util.Objects;

/** Change a person's insurance group from a date. {@code idempotencyKey} may be null. */
public record ChangeGroupCommand(Actor actor, Cpr cpr, Sikringsgruppe group, LocalDate validFrom, IdempotencyKey idempotencyKey) {

    public ChangeGroupCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(cpr, "cpr");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(validFrom, "validFrom");
    }

    /** What makes two requests the same request for the Idempotency-Key. */
    String fingerprint() {
        return "group-change:" + cpr + ":" + group.number() + ":" + validFrom;
    }
}

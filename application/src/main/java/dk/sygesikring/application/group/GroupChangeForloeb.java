package dk.sygesikring.application.group;

import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.OutboxPort;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Starts a GROUP_CHANGE forløb and hands its registration to LUNA through the outbox, in the caller's transaction
 * (FORL-4): for a group change on its own (GRP-1..GRP-5), and for the change to group 1 that a doctor choice because
 * of a move from Greenland brings with it (DOC-9). The rules are the caller's to check.
 */
@Singleton
public class GroupChangeForloeb {

    private final ForloebStorePort forloeb;
    private final OutboxPort outbox;

    public GroupChangeForloeb(ForloebStorePort forloeb, OutboxPort outbox) {
        this.forloeb = forloeb;
        this.outbox = outbox;
    }

    /** The forløb as it will be stored; {@code triggeredBy} is the forløb that brought the change, or null. */
    public Forloeb prepare(MunicipalityCode owner, Creator creator, Cpr cpr, Sikringsgruppe group, LocalDate validFrom,
                           ForloebId triggeredBy, Instant now) {
        return Forloeb.start(ForloebType.GROUP_CHANGE, owner, creator, cpr, List.of(cpr), now, triggeredBy)
                .withDetail("sikringsgruppe", String.valueOf(group.number()), creator, now)
                .withDetail("gyldigFra", validFrom.toString(), creator, now)
                .withActivity(Activity.open(ActivityType.AWAIT_LUNA, now, null,
                        "Gruppeskift til " + group.number() + " registreres i LUNA"));
    }

    /** Stores a prepared forløb with its registration for LUNA. */
    public Forloeb start(Forloeb prepared, Cpr cpr, Sikringsgruppe group, LocalDate validFrom, Instant now) {
        forloeb.save(prepared);
        outbox.enqueue(UUID.randomUUID(), prepared.id(), new LunaRegistration.GroupChange(cpr, group, validFrom, prepared.id().value()), now);
        return prepared;
    }

    /** Prepares and stores in one go. */
    public Forloeb start(MunicipalityCode owner, Creator creator, Cpr cpr, Sikringsgruppe group, LocalDate validFrom,
                         ForloebId triggeredBy, Instant now) {
        return start(prepare(owner, creator, cpr, group, validFrom, triggeredBy, now), cpr, group, validFrom, now);
    }
}

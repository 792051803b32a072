package dk.sygesikring.application.group;

import dk.sygesikring.application.card.GroupChangeCards;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.GroupChangeStorePort;
import dk.sygesikring.application.port.out.OutboxPort;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.group.GroupChange;
import dk.sygesikring.domain.group.Sikringsgruppe;
import dk.sygesikring.domain.municipality.MunicipalityCode;
import dk.sygesikring.domain.person.Cpr;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Starts a group change: its GROUP_CHANGE forløb, the change itself, and its registration handed to LUNA through the
 * outbox, in the caller's transaction (FORL-4). For a group change on its own (GRP-1..GRP-5), and for the change to
 * group 1 that a doctor choice because of a move from Greenland brings with it (DOC-9). The rules are the caller's. A
 * citizen's own change that will cost a card has its fee reserved with it (CARD-12, {@link GroupChangeCards}).
 */
@Singleton
public class GroupChangeForloeb {

    private final ForloebStorePort forloeb;
    private final GroupChangeStorePort changes;
    private final OutboxPort outbox;
    private final GroupChangeCards cards;

    public GroupChangeForloeb(ForloebStorePort forloeb, GroupChangeStorePort changes, OutboxPort outbox,
                              GroupChangeCards cards) {
        this.forloeb = forloeb;
        this.changes = changes;
        this.outbox = outbox;
        this.cards = cards;
    }

    /** The change and its forløb as they will be stored; {@code triggeredBy} is the forløb that brought it, or null. */
    public Prepared prepare(MunicipalityCode owner, Creator creator, Cpr cpr, Sikringsgruppe group, LocalDate validFrom,
                            ForloebId triggeredBy, Instant now) {
        Forloeb made = Forloeb.start(ForloebType.GROUP_CHANGE, owner, creator, cpr, List.of(cpr), now, triggeredBy)
                .withDetail("sikringsgruppe", String.valueOf(group.number()), creator, now)
                .withDetail("gyldigFra", validFrom.toString(), creator, now)
                .withActivity(Activity.open(ActivityType.AWAIT_LUNA, now, null,
                        "Gruppeskift til " + group.number() + " registreres i LUNA"));
        return new Prepared(made, GroupChange.requested(made.id(), cpr, group, validFrom, now));
    }

    /** Stores a prepared change with its registration for LUNA, and the payment of its card when the citizen pays. */
    public Forloeb start(Prepared prepared, Instant now) {
        GroupChange change = prepared.change();
        forloeb.save(prepared.forloeb());
        changes.save(change);
        outbox.enqueue(UUID.randomUUID(), change.forloebId(),
                new LunaRegistration.GroupChange(change.cpr(), change.group(), change.validFrom(), change.forloebId().value()), now);
        cards.started(prepared.forloeb(), change.cpr(), change.group(), change.validFrom());
        return prepared.forloeb();
    }

    /** Prepares and stores in one go. */
    public Forloeb start(MunicipalityCode owner, Creator creator, Cpr cpr, Sikringsgruppe group, LocalDate validFrom,
                         ForloebId triggeredBy, Instant now) {
        return start(prepare(owner, creator, cpr, group, validFrom, triggeredBy, now), now);
    }

    /** A group change and its forløb, made but not yet stored. */
    public record Prepared(Forloeb forloeb, GroupChange change) {
    }
}

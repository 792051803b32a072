package dk.sygesikring.application.practitioner;

import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.application.port.out.PractitionerRegisterPort;
import dk.sygesikring.application.port.out.PractitionerRegisterPort.PatientCountMark;
import dk.sygesikring.application.port.out.PractitionerSynchronisationLogPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.application.port.out.luna.LunaPort;
import dk.sygesikring.application.practitioner.PractitionerSynchronisation.Completed;
import dk.sygesikring.application.practitioner.PractitionerSynchronisation.Failed;
import dk.sygesikring.application.practitioner.PractitionerSynchronisation.Trigger;
import dk.sygesikring.domain.access.Actor;
import dk.sygesikring.domain.access.MunicipalAdministrator;
import dk.sygesikring.domain.access.SystemActor;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.practitioner.Practitioner;
import dk.sygesikring.domain.practitioner.RegisterChanges;
import dk.sygesikring.domain.result.Outcome;
import dk.sygesikring.domain.result.Refusal;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads LUNA's practitioners outside any transaction, then, in one transaction that holds off every other run, saves
 * the listed ones with LUNA's count of their patients, closes down those no longer listed, and records the run. A run
 * that fails (LUNA down, an answer that breaks the model, a list that would close too much) changes nothing in the
 * register and is recorded as failed.
 */
@Singleton
public class PractitionerSynchronisationService implements SynchronisePractitionersUseCase {

    static final Refusal FOR_ADMINISTRATORS = Refusal.forbidden("practitioner-synchronisation-by-administrator", "ROLE-1",
            "Only a municipal administrator or the system synchronises the practitioner register and sees its runs");

    /** The JDK's logging facade: the application depends on no framework; the server routes it to Logback. */
    private static final System.Logger LOG = System.getLogger(PractitionerSynchronisationService.class.getName());

    private final LunaPort luna;
    private final PractitionerRegisterPort register;
    private final PractitionerSynchronisationLogPort log;
    private final SynchronisationLimits limits;
    private final TransactionPort transactions;
    private final Clock clock;

    public PractitionerSynchronisationService(LunaPort luna, PractitionerRegisterPort register,
                                              PractitionerSynchronisationLogPort log, SynchronisationLimits limits,
                                              TransactionPort transactions, Clock clock) {
        this.luna = luna;
        this.register = register;
        this.log = log;
        this.limits = limits;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public PractitionerSynchronisation synchroniseScheduled() {
        return synchronise(Trigger.SCHEDULED, Optional.empty());
    }

    @Override
    public Outcome<PractitionerSynchronisation> synchroniseOnDemand(Actor actor) {
        return administrator(actor) ? Outcome.success(synchronise(Trigger.ON_DEMAND, Optional.of(Creator.of(actor))))
                : Outcome.refused(FOR_ADMINISTRATORS);
    }

    @Override
    public Outcome<List<PractitionerSynchronisation>> latest(Actor reader, int limit) {
        return administrator(reader) ? Outcome.success(transactions.inTransaction(() -> log.latest(limit)))
                : Outcome.refused(FOR_ADMINISTRATORS);
    }

    private PractitionerSynchronisation synchronise(Trigger trigger, Optional<Creator> by) {
        Instant started = clock.instant();
        // taken before LUNA is asked: every registration recorded up to here is in the counts LUNA answers with
        PatientCountMark mark = transactions.inTransaction(register::patientCountMark);
        List<Practitioner> listed;
        try {
            listed = luna.practitioners();
        } catch (ExternalSystemUnavailableException e) {
            return recorded(trigger, by, started, new Failed("LUNA did not answer: " + e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "LUNA's list of practitioners could not be read", e);
            return recorded(trigger, by, started, new Failed("LUNA's answer could not be read: " + e.getMessage()));
        }
        return transactions.inTransaction(() -> {
            register.lockForSynchronisation();
            List<Practitioner> held = register.inRegister();
            RegisterChanges changes;
            try {
                changes = RegisterChanges.between(held, listed);
            } catch (IllegalArgumentException e) {
                return record(trigger, by, started, new Failed(e.getMessage()));
            }
            if (changes.closesMoreThan(limits.maxClosedPercent(), held.size())) {
                return record(trigger, by, started, new Failed("LUNA's list would close down " + changes.closed().size()
                        + " of the " + held.size() + " practitioners in the register, more than "
                        + limits.maxClosedPercent() + " %; nothing was changed"));
            }
            register.savePractitioners(changes.listed(), mark);
            register.closeDown(changes.closed(), clock.instant());
            return record(trigger, by, started, new Completed(listed.size(), changes.added().size(), changes.changed().size(),
                    changes.closed().size()));
        });
    }

    private PractitionerSynchronisation recorded(Trigger trigger, Optional<Creator> by, Instant started, Failed failed) {
        return transactions.inTransaction(() -> record(trigger, by, started, failed));
    }

    private PractitionerSynchronisation record(Trigger trigger, Optional<Creator> by, Instant started,
                                               PractitionerSynchronisation.Result result) {
        PractitionerSynchronisation run = new PractitionerSynchronisation(UUID.randomUUID(), trigger, by, started,
                clock.instant(), result);
        log.record(run);
        LOG.log(result instanceof Completed ? System.Logger.Level.INFO : System.Logger.Level.WARNING,
                "Practitioner synchronisation with LUNA ({0}): {1}", trigger, result);
        return run;
    }

    private static boolean administrator(Actor actor) {
        return actor instanceof MunicipalAdministrator || actor instanceof SystemActor;
    }
}

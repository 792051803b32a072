package dk.sygesikring.application.luna;

import static dk.sygesikring.application.luna.LunaConfirmations.LUNA;

import dk.sygesikring.application.deadline.Deadline;
import dk.sygesikring.application.doctorchoice.DoctorChoiceProgress;
import dk.sygesikring.application.port.out.DeadlinePort;
import dk.sygesikring.application.port.out.DoctorChoiceStorePort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.GroupChangeStorePort;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.OutboxPort;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.application.port.out.outbox.OutboxRecord;
import dk.sygesikring.domain.configuration.TaskType;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Forloeb;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What LUNA's refusal of a registration means (DOC-7, FORL-4): LUNA's answer is final, so the forløb stops waiting
 * for it and a caseworker gets a task saying what LUNA answered. A doctor choice is closed as refused: it holds no
 * place any more, DOC-16 no longer counts it, its consent question ends, and the family's registrations not yet sent
 * are withdrawn. Runs in the delivery's transaction, so all of it is stored with the refused record or none of it.
 */
@Singleton
public class LunaRefusals {

    static final String CHOICE_REFUSED = "Lægevalget blev afvist af LUNA";

    private final ForloebStorePort forloeb;
    private final DoctorChoiceStorePort choices;
    private final DoctorChoiceProgress progress;
    private final DeadlinePort deadlines;
    private final OutboxPort outbox;
    private final GroupChangeStorePort groupChanges;
    private final LoadConfigurationPort configuration;
    private final Clock clock;

    public LunaRefusals(ForloebStorePort forloeb, DoctorChoiceStorePort choices, DoctorChoiceProgress progress,
                        DeadlinePort deadlines, OutboxPort outbox, GroupChangeStorePort groupChanges,
                        LoadConfigurationPort configuration, Clock clock) {
        this.groupChanges = groupChanges;
        this.configuration = configuration;
        this.clock = clock;
        this.forloeb = forloeb;
        this.choices = choices;
        this.progress = progress;
        this.deadlines = deadlines;
        this.outbox = outbox;
    }

    void refused(OutboxRecord record, LunaRegistration registration, String reason, Instant now) {
        forloeb.loadForUpdate(record.forloebId()).filter(Forloeb::isInProgress).ifPresent(waiting -> {
            Forloeb stopped = waiting.openActivity(ActivityType.AWAIT_LUNA).isPresent()
                    ? waiting.closeActivity(ActivityType.AWAIT_LUNA, ActivityState.FAILED, now, LUNA, "LUNA afviste: " + reason)
                    : waiting;
            Optional<DoctorChoice> awaiting = choices.load(record.forloebId())
                    .filter(choice -> choice.state() instanceof DoctorChoiceState.AwaitingLuna);
            switch (registration) {
                case LunaRegistration.DoctorChoice choice when awaiting.isPresent() ->
                        refuseChoice(record, awaiting.get(), stopped.withActivity(task(choice, reason, now)), reason, now);
                case LunaRegistration.DoctorChoice choice -> forloeb.save(stopped.withActivity(task(choice, reason, now)));
                case LunaRegistration.GroupChange change -> {
                    groupChanges.load(record.forloebId()).ifPresent(made -> groupChanges.save(made.refusedByLuna(reason, now)));
                    forloeb.save(stopped.withActivity(task("LUNA afviste gruppeskiftet til gruppe " + change.group().number()
                            + " for " + change.cpr().value() + ": " + reason, now)));
                }
            }
        });
    }

    private void refuseChoice(OutboxRecord record, DoctorChoice choice, Forloeb withTask, String reason, Instant now) {
        outbox.withdrawOthers(record.id(), CHOICE_REFUSED, now);
        Forloeb closed = withTask;
        if (closed.openActivity(ActivityType.AWAIT_CONSENT).isPresent()) {
            // no record will be transferred to a doctor the person does not get
            closed = closed.closeActivity(ActivityType.AWAIT_CONSENT, ActivityState.CANCELLED, now, LUNA, CHOICE_REFUSED);
            deadlines.cancel(Deadline.Kind.CONSENT, record.forloebId());
        }
        progress.store(closed, choice.refusedByLuna(reason, now));
    }

    private Activity task(LunaRegistration.DoctorChoice choice, String reason, Instant now) {
        return task("LUNA afviste lægevalget af yder " + choice.providerNumber().value() + " for " + choice.cpr().value()
                + ": " + reason + ". Lægevalget er afvist, og pladsen hos lægen er frigivet (DOC-7)", now);
    }

    /** A caseworker's task with the deadline of LUNA refusals in the global configuration (TASK-4, CFG-1). */
    private Activity task(String what, Instant now) {
        LocalDate deadline = configuration.loadGlobal().taskDeadlines()
                .deadline(TaskType.LUNA_REFUSAL, LocalDate.ofInstant(now, clock.getZone()));
        return Activity.open(ActivityType.MANUAL_TASK, now, deadline, what);
    }
}

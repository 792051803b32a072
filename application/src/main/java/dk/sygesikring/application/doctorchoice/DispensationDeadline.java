package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.application.deadline.Deadline;
import dk.sygesikring.application.deadline.DeadlineHandler;
import dk.sygesikring.application.port.out.DoctorChoiceStorePort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebId;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** DOC-4: no answer from the doctor by the last day of the answer period (14 days in the configuration) is a silent rejection. */
@Singleton
public class DispensationDeadline implements DeadlineHandler {

    static final Creator DEADLINE = Creator.system("Dispensationsfrist");

    private final ForloebStorePort forloeb;
    private final DoctorChoiceStorePort choices;
    private final DispensationRejection rejection;
    private final Clock clock;

    public DispensationDeadline(ForloebStorePort forloeb, DoctorChoiceStorePort choices, DispensationRejection rejection,
                                Clock clock) {
        this.forloeb = forloeb;
        this.choices = choices;
        this.rejection = rejection;
        this.clock = clock;
    }

    @Override
    public Deadline.Kind kind() {
        return Deadline.Kind.DISPENSATION;
    }

    @Override
    public void reached(ForloebId forloebId) {
        Optional<Forloeb> waiting = forloeb.loadForUpdate(forloebId).filter(Forloeb::isInProgress);
        Optional<DoctorChoice> choice = waiting.flatMap(found -> choices.load(forloebId))
                .filter(found -> found.state() instanceof DoctorChoiceState.AwaitingDispensation);
        if (choice.isEmpty()) {
            return; // answered or cancelled meanwhile
        }
        Instant now = clock.instant();
        LocalDate answerBy = ((DoctorChoiceState.AwaitingDispensation) choice.get().state()).answerBy();
        DoctorChoice silent = choice.get().dispensationSilence(DEADLINE, now).orElseThrow();
        rejection.rejected(waiting.get().closeActivity(ActivityType.AWAIT_DISPENSATION, ActivityState.FAILED, now, DEADLINE,
                "Intet svar fra lægen senest " + answerBy + ": stiltiende afslag (DOC-4)"), silent, now);
    }
}

package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.application.deadline.Deadline;
import dk.sygesikring.application.deadline.DeadlineHandler;
import dk.sygesikring.application.port.out.DoctorChoiceStorePort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.domain.doctorchoice.ChosenPerson;
import dk.sygesikring.domain.doctorchoice.ConsentAnswer;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
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

/**
 * DOC-5: after the consent period (8 days in the global configuration, fixed when the choice was made) an unsettled
 * "don't know" counts as no. The consent itself needs no change (it answers
 * "no" for any later day); the forløb records the change per person and stops waiting.
 */
@Singleton
public class ConsentDeadline implements DeadlineHandler {

    static final Creator DEADLINE = Creator.system("Samtykkefrist");

    private final ForloebStorePort forloeb;
    private final DoctorChoiceStorePort choices;
    private final DoctorChoiceProgress progress;
    private final Clock clock;

    public ConsentDeadline(ForloebStorePort forloeb, DoctorChoiceStorePort choices, DoctorChoiceProgress progress, Clock clock) {
        this.forloeb = forloeb;
        this.choices = choices;
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public Deadline.Kind kind() {
        return Deadline.Kind.CONSENT;
    }

    @Override
    public void reached(ForloebId forloebId) {
        Optional<Forloeb> waiting = forloeb.loadForUpdate(forloebId)
                .filter(found -> found.isInProgress() && found.openActivity(ActivityType.AWAIT_CONSENT).isPresent());
        Optional<DoctorChoice> choice = waiting.flatMap(found -> choices.load(forloebId));
        if (choice.isEmpty()) {
            return; // settled or cancelled meanwhile
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Forloeb changed = waiting.get();
        for (ChosenPerson person : choice.get().persons()) {
            if (person.consent().recorded() == ConsentAnswer.DONT_KNOW && person.consent().effectiveOn(today) == ConsentAnswer.NO) {
                changed = changed.withDetail("samtykke", person.cpr(), ConsentAnswer.NO.name(), DEADLINE, now);
            }
        }
        String lastDay = choice.get().lastDayToSettleConsent().map(LocalDate::toString).orElse("fristen");
        progress.store(changed.closeActivity(ActivityType.AWAIT_CONSENT, ActivityState.DONE, now, DEADLINE,
                "\"Ved ikke\" gælder som nej efter " + lastDay + " (DOC-5)"), choice.get());
    }
}

package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.application.deadline.Deadline;
import dk.sygesikring.application.letter.LetterDraft;
import dk.sygesikring.application.letter.LetterPost;
import dk.sygesikring.application.port.out.DeadlinePort;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.domain.doctorchoice.ChosenPerson;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceState;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityState;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.person.Cpr;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * DOC-4: a rejected dispensation (by the doctor, or by silence through the answer period) ends the choice, gives its places back
 * (a rejected choice no longer counts as a reservation, DOC-7) and starts a DISPENSATION_REJECTION forløb that
 * sends the citizen the rejection letter (LET-1), by Digital Post or remote print as the letter's route says.
 */
@Singleton
public class DispensationRejection {

    static final Creator DISPENSATION = Creator.system("Dispensation");

    private final DoctorChoiceProgress progress;
    private final ForloebStorePort forloeb;
    private final DeadlinePort deadlines;
    private final LetterPost letters;
    private final Clock clock;

    public DispensationRejection(DoctorChoiceProgress progress, ForloebStorePort forloeb, DeadlinePort deadlines,
                                 LetterPost letters, Clock clock) {
        this.letters = letters;
        this.clock = clock;
        this.progress = progress;
        this.forloeb = forloeb;
        this.deadlines = deadlines;
    }

    /** @param choiceForloeb the choice's forløb with its AWAIT_DISPENSATION activity already closed */
    DoctorChoiceCase rejected(Forloeb choiceForloeb, DoctorChoice rejected, Instant now) {
        Forloeb ended = choiceForloeb;
        if (ended.openActivity(ActivityType.AWAIT_CONSENT).isPresent()) {
            ended = ended.closeActivity(ActivityType.AWAIT_CONSENT, ActivityState.CANCELLED, now, DISPENSATION,
                    "Lægevalget blev ikke godkendt");
            deadlines.cancel(Deadline.Kind.CONSENT, choiceForloeb.id());
        }
        List<Cpr> cprs = rejected.persons().stream().map(ChosenPerson::cpr).toList();
        boolean silent = rejected.state() instanceof DoctorChoiceState.Rejected r && r.silent();
        Activity sendLetter = Activity.open(ActivityType.SEND_LETTER, now, null,
                "Brev om afslag på lægevalg sendes til " + choiceForloeb.mainPerson().value());
        Forloeb letter = Forloeb.start(ForloebType.DISPENSATION_REJECTION, rejected.municipality(), DISPENSATION,
                        choiceForloeb.mainPerson(), cprs, now, choiceForloeb.id())
                .withDetail("ydernummer", rejected.providerNumber().value(), DISPENSATION, now)
                .withDetail("afslag", silent ? "Intet svar fra lægen inden for svarfristen" : "Lægen afviste", DISPENSATION, now)
                .withActivity(sendLetter);
        forloeb.save(letters.post(letter, sendLetter.id(), LetterDraft.toPerson(LetterKind.DISPENSATION_REJECTION,
                choiceForloeb.mainPerson(), cprs, DoctorChoiceLetters.rejection(rejected, LocalDate.now(clock))), now)
                .forloeb().completeIfNothingOpen(now));
        return progress.store(ended, rejected);
    }
}

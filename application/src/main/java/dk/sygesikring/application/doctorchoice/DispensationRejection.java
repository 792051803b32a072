package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.application.deadline.Deadline;
import dk.sygesikring.application.digitalpost.DigitalPostDispatch;
import dk.sygesikring.application.port.out.DeadlinePort;
import dk.sygesikring.application.port.out.digitalpost.Recipient;
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
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * DOC-4: a rejected dispensation (by the doctor, or by silence through the answer period) ends the choice, gives its places back
 * (a rejected choice no longer counts as a reservation, DOC-7) and starts a DISPENSATION_REJECTION forløb that
 * sends the citizen the rejection letter through Digital Post (a citizen without Digital Post gets a manual task
 * until remote print is built).
 */
@Singleton
public class DispensationRejection {

    static final Creator DISPENSATION = Creator.system("Dispensation");

    private final DoctorChoiceProgress progress;
    private final ForloebStorePort forloeb;
    private final DeadlinePort deadlines;
    private final DigitalPostDispatch digitalPost;
    private final Clock clock;

    public DispensationRejection(DoctorChoiceProgress progress, ForloebStorePort forloeb, DeadlinePort deadlines,
                                 DigitalPostDispatch digitalPost, Clock clock) {
        this.digitalPost = digitalPost;
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
        boolean silent = rejected.state() instanceof DoctorChoiceState.Rejected r && r.silent();
        Forloeb letter = Forloeb.start(ForloebType.DISPENSATION_REJECTION, rejected.municipality(), DISPENSATION,
                        choiceForloeb.mainPerson(), rejected.persons().stream().map(ChosenPerson::cpr).toList(), now,
                        choiceForloeb.id())
                .withDetail("ydernummer", rejected.providerNumber().value(), DISPENSATION, now)
                .withDetail("afslag", silent ? "Intet svar fra lægen inden for svarfristen" : "Lægen afviste", DISPENSATION, now)
                .withActivity(Activity.open(ActivityType.SEND_LETTER, now, null,
                        "Brev om afslag på lægevalg sendes til " + choiceForloeb.mainPerson().value()));
        forloeb.save(letter);
        digitalPost.enqueue(letter.id(), letter.openActivity(ActivityType.SEND_LETTER).orElseThrow().id(),
                new Recipient.Citizen(choiceForloeb.mainPerson()), DoctorChoiceLetters.rejection(rejected, LocalDate.now(clock)), now);
        return progress.store(ended, rejected);
    }
}

package dk.sygesikring.application.letter.fifteen;

import dk.sygesikring.application.letter.FifteenYearLetter;
import dk.sygesikring.application.letter.LetterDraft;
import dk.sygesikring.application.letter.LetterPost;
import dk.sygesikring.application.port.out.FifteenYearLetterRecordPort;
import dk.sygesikring.application.port.out.FifteenYearLetterRecordPort.FifteenYearLetterRecord;
import dk.sygesikring.application.port.out.ForloebStorePort;
import dk.sygesikring.application.port.out.LoadConfigurationPort;
import dk.sygesikring.application.port.out.LoadPersonPort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.configuration.GlobalConfiguration;
import dk.sygesikring.domain.forloeb.Activity;
import dk.sygesikring.domain.forloeb.ActivityType;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.forloeb.ForloebType;
import dk.sygesikring.domain.letter.FifteenYearLetterDue;
import dk.sygesikring.domain.letter.LetterKind;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.person.Person;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DOC-17 as a daily run: for each day of the window (the configured catch-up days through today), the persons born
 * on the dates due that day, active in this service's copy of CPR and not yet recorded, each get a
 * FIFTEEN_YEAR_LETTER forløb of their address's municipality with one SEND_LETTER activity, written through the
 * letter post (Digital Post first, print when not enrolled; LET-3 holds a protected child's back). Each person in a
 * transaction of their own, the record first: a second run, a second instance or a retry after a crash finds the
 * record and sends nothing, and one person's failure leaves the others' letters alone.
 */
@Singleton
public class SendFifteenYearLettersService implements SendFifteenYearLettersUseCase {

    static final Creator FIFTEEN_YEAR_LETTERS = Creator.system("Brev til 15-årige");

    /** The JDK's logging facade: the application depends on no framework; the server routes it to Logback. */
    private static final System.Logger LOG = System.getLogger(SendFifteenYearLettersService.class.getName());

    private enum Result { SENT, HELD_BACK, ALREADY_HAD, INACTIVE, FAILED }

    private final LoadPersonPort persons;
    private final FifteenYearLetterRecordPort records;
    private final ForloebStorePort forloeb;
    private final LetterPost letters;
    private final LoadConfigurationPort configuration;
    private final TransactionPort transactions;
    private final Clock clock;

    public SendFifteenYearLettersService(LoadPersonPort persons, FifteenYearLetterRecordPort records,
                                         ForloebStorePort forloeb, LetterPost letters, LoadConfigurationPort configuration,
                                         TransactionPort transactions, Clock clock) {
        this.persons = persons;
        this.records = records;
        this.forloeb = forloeb;
        this.letters = letters;
        this.configuration = configuration;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public FifteenYearLetterRun sendDue(LocalDate today) {
        GlobalConfiguration global = configuration.loadGlobal();
        List<LocalDate> window = FifteenYearLetterDue.window(today, global.fifteenYearLetterCatchUp());
        Map<Result, Integer> tally = new EnumMap<>(Result.class);
        for (LocalDate dueOn : window) {
            for (LocalDate born : FifteenYearLetterDue.bornOnDatesDueOn(dueOn, global.fifteenYearLetterDelay())) {
                List<Person> bornThatDay = transactions.inTransaction(() -> persons.bornOn(born));
                List<Person> active = bornThatDay.stream().filter(Person::isActive).toList();
                Set<Cpr> had = transactions.inTransaction(() -> records.recordedOf(active.stream().map(Person::cpr).toList()));
                tally.merge(Result.INACTIVE, bornThatDay.size() - active.size(), Integer::sum);
                tally.merge(Result.ALREADY_HAD, had.size(), Integer::sum);
                active.stream().filter(person -> !had.contains(person.cpr()))
                        .forEach(person -> tally.merge(sendOnce(person, dueOn, today), 1, Integer::sum));
            }
        }
        FifteenYearLetterRun run = new FifteenYearLetterRun(window.getFirst(), today, tally.getOrDefault(Result.SENT, 0),
                tally.getOrDefault(Result.HELD_BACK, 0), tally.getOrDefault(Result.ALREADY_HAD, 0),
                tally.getOrDefault(Result.INACTIVE, 0), tally.getOrDefault(Result.FAILED, 0));
        LOG.log(run.failed() == 0 ? System.Logger.Level.INFO : System.Logger.Level.WARNING, "15-year letters (DOC-17): {0}", run);
        return run;
    }

    private Result sendOnce(Person person, LocalDate dueOn, LocalDate today) {
        try {
            return transactions.inTransaction(() -> send(person, dueOn, today));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "The 15-year letter to " + person.cpr() + " due " + dueOn
                    + " could not be written; a later run tries again", e);
            return Result.FAILED;
        }
    }

    private Result send(Person person, LocalDate dueOn, LocalDate today) {
        Instant now = clock.instant();
        Cpr cpr = person.cpr();
        Activity sendLetter = Activity.open(ActivityType.SEND_LETTER, now, null,
                "Brev om frit lægevalg fra 15 år sendes til " + cpr.value());
        Forloeb started = Forloeb.start(ForloebType.FIFTEEN_YEAR_LETTER, person.address().municipalityCode(),
                FIFTEEN_YEAR_LETTERS, cpr, List.of(), now, null).withActivity(sendLetter);
        if (!records.recordOnce(new FifteenYearLetterRecord(cpr, started.id(), dueOn, now))) {
            return Result.ALREADY_HAD;
        }
        LetterPost.Posted posted = letters.post(started, sendLetter.id(),
                LetterDraft.toPerson(LetterKind.FIFTEEN_YEAR, cpr, List.of(cpr), FifteenYearLetter.of(person, today)), now);
        forloeb.save(posted.forloeb().completeIfNothingOpen(now));
        return posted.letterId().isPresent() ? Result.SENT : Result.HELD_BACK;
    }
}

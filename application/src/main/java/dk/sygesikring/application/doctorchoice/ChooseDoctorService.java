package dk.sygesikring.application.doctorchoice;

import dk.sygesikring.application.idempotency.IdempotentForloeb;
import dk.sygesikring.application.person.PersonGate;
import dk.sygesikring.application.port.out.DoctorChoiceStorePort;
import dk.sygesikring.application.port.out.TransactionPort;
import dk.sygesikring.domain.audit.AuditAction;
import dk.sygesikring.domain.doctorchoice.DoctorChoice;
import dk.sygesikring.domain.doctorchoice.DoctorChoiceForloeb;
import dk.sygesikring.domain.forloeb.Creator;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.result.Outcome;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/**
 * Makes a doctor choice, once per Idempotency-Key: the actor must act for every person (ROLE-3), the rules decide
 * ({@link DoctorChoiceAssessment}), and the forløb, the choice and what its first state hands on are stored in one
 * transaction (FORL-4).
 */
@Singleton
public class ChooseDoctorService implements ChooseDoctorUseCase {

    private final PersonGate persons;
    private final DoctorChoiceAssessment assessment;
    private final DoctorChoiceProgress progress;
    private final DoctorChoiceStorePort choices;
    private final IdempotentForloeb idempotent;
    private final TransactionPort transactions;
    private final Clock clock;

    public ChooseDoctorService(PersonGate persons, DoctorChoiceAssessment assessment, DoctorChoiceProgress progress,
                               DoctorChoiceStorePort choices, IdempotentForloeb idempotent, TransactionPort transactions,
                               Clock clock) {
        this.persons = persons;
        this.assessment = assessment;
        this.progress = progress;
        this.choices = choices;
        this.idempotent = idempotent;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Outcome<DoctorChoiceCase> choose(ChooseDoctorCommand command) {
        Creator creator = Creator.of(command.actor());
        return transactions.inTransaction(() -> idempotent.earlierAnswer(creator, command.idempotencyKey(), command.fingerprint())
                .map(earlier -> earlier.map(this::withChoice))
                .orElseGet(() -> Outcome.forEach(command.cprs(),
                                cpr -> persons.actingForWithRelations(command.actor(), cpr, AuditAction.CHOOSE_DOCTOR))
                        .flatMap(admitted -> assessment.assess(command, admitted))
                        .flatMap(choice -> start(command, creator, choice))));
    }

    private Outcome<DoctorChoiceCase> start(ChooseDoctorCommand command, Creator creator, DoctorChoice choice) {
        Instant now = clock.instant();
        Forloeb created = DoctorChoiceForloeb.of(choice, creator, now);
        return idempotent.once(creator, command.idempotencyKey(), command.fingerprint(), created,
                () -> progress.started(created, choice, now), this::withChoice);
    }

    private DoctorChoiceCase withChoice(Forloeb forloeb) {
        return new DoctorChoiceCase(choices.load(forloeb.id())
                .orElseThrow(() -> new IllegalStateException("no doctor choice in forløb " + forloeb.id())), forloeb);
    }
}

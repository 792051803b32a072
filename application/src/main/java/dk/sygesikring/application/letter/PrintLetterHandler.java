package dk.sygesikring.application.letter;

import dk.sygesikring.application.outbox.Delivery;
import dk.sygesikring.application.outbox.OutboxHandler;
import dk.sygesikring.application.port.out.LoadPersonPort;
import dk.sygesikring.application.port.out.digitalpost.IfNotDelivered;
import dk.sygesikring.application.port.out.letter.LetterDelivery;
import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxRecord;
import dk.sygesikring.application.port.out.print.PrintJob;
import dk.sygesikring.application.port.out.print.PrintOutcome;
import dk.sygesikring.application.port.out.print.PrintPort;
import dk.sygesikring.domain.configuration.RemotePrintSupplier;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.letter.Addressee;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.letter.LetterChannel;
import dk.sygesikring.domain.letter.LetterStatus;
import dk.sygesikring.domain.person.Person;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/**
 * Hands a letter to the municipality's remote print supplier (LET-4, LET-5, INT-4) with the letter's id as
 * idempotency key, addressed as CPR has the person now. Once the supplier has taken it the activity is done and the
 * letter cannot be stopped; its printing and posting come back as the supplier's reports (PrintReportService).
 */
@Singleton
public class PrintLetterHandler implements OutboxHandler {

    static final String NO_ADDRESS = "Modtageren har ingen dansk adresse i CPR, så brevet kan ikke sendes med fjernprint";
    static final String NO_SUPPLIER = "Kommunen har ikke længere en fjernprintleverandør";
    static final String NOT_A_PERSON = "Kun breve til personer sendes med fjernprint";

    private final PrintPort print;
    private final StoredLetters letters;
    private final LetterActivities activities;
    private final LoadPersonPort persons;
    private final LetterPost post;

    public PrintLetterHandler(PrintPort print, StoredLetters letters, LetterActivities activities, LoadPersonPort persons,
                              LetterPost post) {
        this.print = print;
        this.letters = letters;
        this.activities = activities;
        this.persons = persons;
        this.post = post;
    }

    @Override
    public OutboxKind kind() {
        return OutboxKind.PRINT_LETTER;
    }

    @Override
    public Delivery deliver(OutboxRecord record, Instant now) {
        LetterDelivery.ByPrint delivery = record.payload(LetterDelivery.ByPrint.class);
        Letter letter = letters.load(delivery.letterId());
        Optional<Forloeb> awaited = activities.awaited(record.forloebId(), delivery.activityId());
        if (!letter.isWaiting() || awaited.isEmpty()) {
            return letters.withdraw(letter.id(), now);
        }
        if (!(letter.to() instanceof Addressee.Person to)) {
            return failed(record, delivery, NOT_A_PERSON, now);
        }
        Optional<RemotePrintSupplier> supplier = post.printSupplier(awaited.get().municipality());
        if (supplier.isEmpty()) {
            return failed(record, delivery, NO_SUPPLIER, now);
        }
        Optional<Person> addressed = persons.loadPerson(to.cpr()).filter(person -> person.address() != null);
        if (addressed.isEmpty()) {
            return failed(record, delivery, NO_ADDRESS, now);
        }
        Person person = addressed.get();
        PrintJob job = new PrintJob(letter.id(), supplier.get(), person.cpr(), person.name(),
                person.address().envelopeLines(), letter.title(), letters.document(letter.id()));
        return switch (print.submit(job)) {
            case PrintOutcome.Accepted accepted -> {
                letters.report(letter.id(), new LetterStatus.Sent(LetterChannel.PRINT, accepted.printReference(),
                        accepted.acceptedAt()));
                activities.sent(record.forloebId(), delivery.activityId(), LetterActivities.REMOTE_PRINT,
                        "Sendt med fjernprint via " + supplier.get().name() + " (" + accepted.printReference() + ")", now);
                yield new Delivery.Confirmed(accepted.printReference(), accepted.acceptedAt());
            }
            case PrintOutcome.Rejected rejected -> failed(record, delivery, LetterActivities.PRINT_REJECTED + rejected.reason(), now);
        };
    }

    /** No way left to send it: the letter fails and a caseworker sends it (LET-4). */
    private Delivery failed(OutboxRecord record, LetterDelivery.ByPrint delivery, String why, Instant now) {
        letters.report(delivery.letterId(), new LetterStatus.Failed(LetterChannel.PRINT, why, now));
        activities.notDelivered(record.forloebId(), delivery.activityId(), why, IfNotDelivered.PHYSICAL_MAIL,
                LetterActivities.REMOTE_PRINT, now);
        return new Delivery.Refused(why);
    }
}

package dk.sygesikring.application.letter;

import dk.sygesikring.application.outbox.Delivery;
import dk.sygesikring.application.outbox.OutboxHandler;
import dk.sygesikring.application.port.out.LetterStorePort;
import dk.sygesikring.application.port.out.OutboxPort;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostMessage;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostOutcome;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostPort;
import dk.sygesikring.application.port.out.digitalpost.IfNotDelivered;
import dk.sygesikring.application.port.out.digitalpost.Recipient;
import dk.sygesikring.application.port.out.letter.LetterDelivery;
import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxRecord;
import dk.sygesikring.domain.forloeb.Forloeb;
import dk.sygesikring.domain.letter.Addressee;
import dk.sygesikring.domain.letter.Letter;
import dk.sygesikring.domain.letter.LetterChannel;
import dk.sygesikring.domain.letter.LetterStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends a letter to Digital Post (LET-5, INT-4) with the letter's id as idempotency key: Digital Post answers a known
 * key with the first delivery, so a letter sent again is delivered once. A recipient without Digital Post gets the
 * letter printed instead, once, where the municipality has a remote print supplier (LET-4); otherwise a caseworker
 * sends it. A letter whose forløb no longer waits for it is withdrawn, not sent.
 */
@Singleton
public class DigitalPostLetterHandler implements OutboxHandler {

    static final String REROUTED = "Modtageren har ikke Digital Post: brevet sendes med fjernprint";

    private final DigitalPostPort digitalPost;
    private final StoredLetters letters;
    private final LetterActivities activities;
    private final OutboxPort outbox;
    private final LetterPost post;

    public DigitalPostLetterHandler(DigitalPostPort digitalPost, StoredLetters letters, LetterActivities activities,
                                    OutboxPort outbox, LetterPost post) {
        this.digitalPost = digitalPost;
        this.letters = letters;
        this.activities = activities;
        this.outbox = outbox;
        this.post = post;
    }

    @Override
    public OutboxKind kind() {
        return OutboxKind.DIGITAL_POST_LETTER;
    }

    @Override
    public Delivery deliver(OutboxRecord record, Instant now) {
        LetterDelivery.ByDigitalPost delivery = record.payload(LetterDelivery.ByDigitalPost.class);
        Letter letter = letters.load(delivery.letterId());
        if (!letter.isWaiting() || activities.awaited(record.forloebId(), delivery.activityId()).isEmpty()) {
            return letters.withdraw(letter.id(), now);
        }
        DigitalPostMessage message = new DigitalPostMessage(letter.id(), recipient(letter.to()), letter.title(),
                letters.document(letter.id()), record.forloebId().value());
        return switch (digitalPost.send(message)) {
            case DigitalPostOutcome.Delivered delivered -> {
                letters.report(letter.id(), new LetterStatus.Delivered(LetterChannel.DIGITAL_POST, delivered.deliveryId(),
                        delivered.deliveredAt()));
                activities.sent(record.forloebId(), delivery.activityId(), LetterActivities.DIGITAL_POST,
                        "Sendt med Digital Post (" + delivered.deliveryId() + ")", now);
                yield new Delivery.Confirmed(delivered.deliveryId(), delivered.deliveredAt());
            }
            case DigitalPostOutcome.NotEnrolled notEnrolled -> notEnrolled(record, delivery, now);
            case DigitalPostOutcome.Rejected rejected ->
                    failed(record, delivery, LetterActivities.rejected(rejected.reason(), delivery.ifNotDelivered()), now);
        };
    }

    /** LET-4: to print, once, and never both; without a print supplier, or for a letter the caseworker prints, it fails. */
    private Delivery notEnrolled(OutboxRecord record, LetterDelivery.ByDigitalPost delivery, Instant now) {
        Optional<Forloeb> waiting = activities.awaiting(record.forloebId(), delivery.activityId());
        if (delivery.ifNotDelivered() == IfNotDelivered.PHYSICAL_MAIL && waiting.filter(post::hasPrintSupplier).isPresent()) {
            Letter letter = letters.loadForUpdate(delivery.letterId());
            Letter rerouted = letter.rerouted(LetterChannel.PRINT, now);
            if (!rerouted.equals(letter)) {
                letters.update(rerouted);
                outbox.enqueue(UUID.randomUUID(), record.forloebId(), new LetterDelivery.ByPrint(letter.id(),
                        delivery.activityId()), now);
            }
            return new Delivery.Refused(REROUTED);
        }
        return failed(record, delivery, LetterActivities.notEnrolled(delivery.ifNotDelivered()), now);
    }

    private Delivery failed(OutboxRecord record, LetterDelivery.ByDigitalPost delivery, String why, Instant now) {
        letters.report(delivery.letterId(), new LetterStatus.Failed(LetterChannel.DIGITAL_POST, why, now));
        activities.notDelivered(record.forloebId(), delivery.activityId(), why, delivery.ifNotDelivered(),
                LetterActivities.DIGITAL_POST, now);
        return new Delivery.Refused(why);
    }

    private static Recipient recipient(Addressee to) {
        return switch (to) {
            case Addressee.Person person -> new Recipient.Citizen(person.cpr());
            case Addressee.Practice practice -> new Recipient.Practice(practice.providerNumber());
        };
    }
}

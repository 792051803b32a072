package dk.sygesikring.simulators.digitalpost;

import dk.sygesikring.domain.person.Cpr;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The simulator's Digital Post: who has a mailbox, and every message delivered, by idempotency key. Every method
 * holds the lock, so two requests with the same key deliver once.
 *
 * <p>Citizens under 15 have no mailbox (LET-4), judged by the birth date in their CPR number on the simulator's
 * date; anyone else has one unless listed as not enrolled.
 */
final class Mailboxes {

    static final int AGE_OF_DIGITAL_POST = 15;
    private static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    /** The answer to a message. */
    sealed interface Outcome {

        /** Delivered now, or, when {@code replayed}, earlier for the same key and request. */
        record Delivered(ReceivedMessage message, boolean replayed) implements Outcome {
        }

        record NotEnrolled() implements Outcome {
        }

        /** The key was used before for another message. */
        record KeyReused() implements Outcome {
        }
    }

    private final Clock clock;
    private final Map<String, ReceivedMessage> deliveredByKey = new LinkedHashMap<>();
    private final Set<String> notEnrolled = new TreeSet<>();

    Mailboxes(Clock clock) {
        this.clock = clock;
    }

    /**
     * Delivers once per idempotency key: the same key with the same request again gets the first delivery back,
     * even if the recipient has left Digital Post since; with another request it is refused.
     */
    synchronized Outcome deliver(String idempotencyKey, MessageRequest request, ReadablePdf document) {
        ReceivedMessage earlier = deliveredByKey.get(idempotencyKey);
        if (earlier != null) {
            return earlier.request().sameAs(request) ? new Outcome.Delivered(earlier, true) : new Outcome.KeyReused();
        }
        if (!hasMailbox(request.recipient())) {
            return new Outcome.NotEnrolled();
        }
        String deliveryId = UUID.nameUUIDFromBytes(("Digital Post delivery " + idempotencyKey)
                .getBytes(StandardCharsets.UTF_8)).toString();
        ReceivedMessage delivered = new ReceivedMessage(idempotencyKey, deliveryId,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), request, document);
        deliveredByKey.put(idempotencyKey, delivered);
        return new Outcome.Delivered(delivered, false);
    }

    /** Delivered messages in the order received; only those to this CPR or provider number when one is given. */
    synchronized List<ReceivedMessage> delivered(Optional<String> recipientId) {
        return deliveredByKey.values().stream()
                .filter(message -> recipientId.isEmpty() || message.request().recipient().id().equals(recipientId.get()))
                .toList();
    }

    synchronized Optional<ReceivedMessage> byDeliveryId(String deliveryId) {
        return deliveredByKey.values().stream().filter(message -> message.deliveryId().equals(deliveryId)).findFirst();
    }

    synchronized void markNotEnrolled(Addressee recipient) {
        notEnrolled.add(recipient.id());
    }

    synchronized void markEnrolled(Addressee recipient) {
        notEnrolled.remove(recipient.id());
    }

    synchronized List<String> notEnrolled() {
        return List.copyOf(notEnrolled);
    }

    private boolean hasMailbox(Addressee recipient) {
        if (notEnrolled.contains(recipient.id())) {
            return false;
        }
        if (!recipient.isCitizen()) {
            return true;
        }
        LocalDate birthDate = Cpr.of(recipient.id()).birthDate();
        return Period.between(birthDate, LocalDate.now(clock.withZone(DANISH_TIME))).getYears() >= AGE_OF_DIGITAL_POST;
    }
}

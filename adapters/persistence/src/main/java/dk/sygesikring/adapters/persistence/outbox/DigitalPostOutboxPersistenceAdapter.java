package dk.sygesikring.adapters.persistence.outbox;

import dk.sygesikring.application.port.out.DigitalPostOutboxPort;
import dk.sygesikring.application.port.out.digitalpost.Recipient;
import dk.sygesikring.domain.forloeb.ForloebId;
import dk.sygesikring.domain.person.Cpr;
import dk.sygesikring.domain.practitioner.ProviderNumber;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Singleton
class DigitalPostOutboxPersistenceAdapter implements DigitalPostOutboxPort {

    private static final String CPR = "CPR";
    private static final String PROVIDER = "PROVIDER";

    /** How a recipient is stored: recipient_type and recipient_id. */
    private record RecipientColumns(String type, String id) {
    }

    private final DigitalPostOutboxRepository rows;

    DigitalPostOutboxPersistenceAdapter(DigitalPostOutboxRepository rows) {
        this.rows = rows;
    }

    @Override
    public void enqueue(Letter letter, Instant now) {
        RecipientColumns recipient = switch (letter.recipient()) {
            case Recipient.Citizen citizen -> new RecipientColumns(CPR, citizen.cpr().value());
            case Recipient.Practice practice -> new RecipientColumns(PROVIDER, practice.providerNumber().value());
        };
        rows.save(new DigitalPostOutboxRow(letter.id(), letter.forloebId().value(), letter.activityId(),
                recipient.type(), recipient.id(), letter.title(), letter.pdf(), now, 0, now, null, null, null, null));
    }

    @Override
    public Optional<Due> claimNextDue(Instant now) {
        return rows.findNextDue(now).map(row -> new Due(toLetter(row), row.attempts()));
    }

    @Override
    public void markDelivered(UUID id, String deliveryId, Instant deliveredAt) {
        rows.markDelivered(id, deliveryId, deliveredAt);
    }

    @Override
    public void markFailed(UUID id, String reason, Instant at) {
        rows.markFailed(id, reason, at);
    }

    @Override
    public void retryLater(UUID id, String error, Instant nextAttempt) {
        rows.retryLater(id, error, nextAttempt);
    }

    private static Letter toLetter(DigitalPostOutboxRow row) {
        Recipient recipient = row.recipientType().equals(CPR)
                ? new Recipient.Citizen(Cpr.of(row.recipientId()))
                : new Recipient.Practice(ProviderNumber.of(row.recipientId()));
        return new Letter(row.id(), new ForloebId(row.forloebId()), row.activityId(), recipient, row.title(), row.pdf());
    }
}

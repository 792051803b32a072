package dk.sygesikring.application.luna;

import dk.sygesikring.application.outbox.Delivery;
import dk.sygesikring.application.outbox.OutboxHandler;
import dk.sygesikring.application.port.out.luna.LunaOutcome;
import dk.sygesikring.application.port.out.luna.LunaPort;
import dk.sygesikring.application.port.out.luna.LunaRegistration;
import dk.sygesikring.application.port.out.outbox.OutboxKind;
import dk.sygesikring.application.port.out.outbox.OutboxRecord;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * Registers a doctor choice or group change at LUNA (INT-1, FORL-4) with the record id as idempotency key: LUNA
 * answers a key it has seen with the first registration, so a repeated delivery registers nothing twice.
 */
@Singleton
public class LunaOutboxHandler implements OutboxHandler {

    private final LunaPort luna;
    private final LunaConfirmations confirmations;
    private final LunaRefusals refusals;

    public LunaOutboxHandler(LunaPort luna, LunaConfirmations confirmations, LunaRefusals refusals) {
        this.luna = luna;
        this.confirmations = confirmations;
        this.refusals = refusals;
    }

    @Override
    public OutboxKind kind() {
        return OutboxKind.LUNA_REGISTRATION;
    }

    @Override
    public Delivery deliver(OutboxRecord record, Instant now) {
        LunaRegistration registration = record.payload(LunaRegistration.class);
        return switch (luna.register(registration, record.id().toString())) {
            case LunaOutcome.Registered registered -> {
                confirmations.registered(registration, registered, now);
                yield new Delivery.Confirmed(registered.registrationId().toString(), registered.registeredAt());
            }
            case LunaOutcome.Rejected rejected -> {
                refusals.refused(record, registration, rejected.reason(), now);
                yield new Delivery.Refused(rejected.reason());
            }
        };
    }
}

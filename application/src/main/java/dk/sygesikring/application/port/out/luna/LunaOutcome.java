package dk.sygesikring.application.port.out.luna;

import java.time.Instant;
import java.util.UUID;

/** LUNA's answer to a registration: made (now, or the first time for a repeated key), or refused with its reason. */
public sealed interface LunaOutcome {

    record Registered(UUID registrationId, Instant registeredAt) implements LunaOutcome {
    }

    /** LUNA will not register this (e.g. an unknown provider number); retrying does not help. */
    record Rejected(String reason) implements LunaOutcome {
    }
}

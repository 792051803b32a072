package dk.sygesikring.application.port.out.outbox;

/**
 * What an outbox record carries to its external system: one record type per kind, immutable and complete, so that
 * every attempt sends the same thing however much changes meanwhile.
 */
public interface OutboxPayload {

    OutboxKind kind();
}

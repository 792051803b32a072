package dk.sygesikring.application.port.out.outbox;

/**
 * Which external system an outbox record is for, and so which handler delivers it and how its payload is stored.
 * Nets, the remote print suppliers, the card supplier and SAPA join as kinds of their own (ADR 0016).
 */
public enum OutboxKind {
    /** A doctor choice or group change for LUNA (INT-1, FORL-4). */
    LUNA_REGISTRATION,
    /** A stored letter for Digital Post (INT-4, LET-5). */
    DIGITAL_POST_LETTER,
    /** A stored letter for the municipality's remote print supplier (INT-4, LET-5). */
    PRINT_LETTER,
    /** A card order for the card supplier (CARD-1). */
    CARD_SUPPLIER_ORDER,
    /** A payment to create, charge or release at Nets (PAY-1, CARD-12). */
    NETS_PAYMENT
}

package dk.sygesikring.application.port.out.print;

/** What the print supplier reports of a letter it accepted, in the order it happens; a report may come late or twice. */
public enum PrintStatus {
    /** Printed and enveloped. */
    PRINTED,
    /** Handed to the postal service. */
    POSTED,
    /** Could not be delivered (e.g. returned by the postal service as unknown at the address). */
    UNDELIVERABLE
}

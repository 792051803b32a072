package dk.sygesikring.simulators.print;

/**
 * Where a letter is at the print supplier: accepted, printed and enveloped, handed to the postal service, or
 * returned as undeliverable. Every step but ACCEPTED is reported to the service.
 */
public enum LetterStatus {
    ACCEPTED, PRINTED, POSTED, UNDELIVERABLE
}

package dk.sygesikring.application.port.out.print;

import java.time.Instant;

/** The print service's answer to a letter: taken for print (now, or the first time for a repeated id), or refused. */
public sealed interface PrintOutcome {

    /** Taken: it will be printed and posted; its progress comes back as {@link PrintStatus} reports. */
    record Accepted(String printReference, Instant acceptedAt) implements PrintOutcome {
    }

    /** The print service will not take this letter (e.g. an unknown shipment type); resending does not help. */
    record Rejected(String reason) implements PrintOutcome {
    }
}

package dk.sygesikring.application.port.out.print;

/**
 * Remote print (fjernprint, LET-5, INT-4): physical letters printed and posted by the municipality's print supplier,
 * reached through one print service and told apart by the shipment-type identifier and the sender-system id of the
 * municipality's configuration. Every call may throw
 * {@link dk.sygesikring.application.port.out.ExternalSystemUnavailableException} when the print service does not
 * answer after the adapter's retries or while its circuit breaker is open.
 */
public interface PrintPort {

    /**
     * Hands the letter over to be printed and posted. A letter id seen before prints nothing new: the answer is the
     * first one's. Once accepted a letter cannot be stopped (LET-5).
     */
    PrintOutcome submit(PrintJob job);
}

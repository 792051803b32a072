package dk.sygesikring.application.port.out.digitalpost;

/**
 * Digital Post, the public mailbox of citizens and businesses. Every call may throw
 * {@link dk.sygesikring.application.port.out.ExternalSystemUnavailableException} when Digital Post does not answer
 * after the adapter's retries or while its circuit breaker is open.
 */
public interface DigitalPostPort {

    /** Sends the message. A message id seen before delivers nothing new: the answer is the first delivery. */
    DigitalPostOutcome send(DigitalPostMessage message);
}

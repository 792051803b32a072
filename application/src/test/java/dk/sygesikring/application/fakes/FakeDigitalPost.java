package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostMessage;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostOutcome;
import dk.sygesikring.application.port.out.digitalpost.DigitalPostPort;
import dk.sygesikring.application.port.out.digitalpost.Recipient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Digital Post as the port sees it: it delivers a message once per id (a repeated id answers the first delivery),
 * and answers NOT_ENROLLED for the recipients it is told have no mailbox; it can be down. Every delivered message is kept.
 */
public final class FakeDigitalPost implements DigitalPostPort {

    private final Clock clock;
    private final Map<UUID, DigitalPostOutcome.Delivered> delivered = new LinkedHashMap<>();
    private final Set<Recipient> notEnrolled = new HashSet<>();
    private boolean down;
    public final List<DigitalPostMessage> messages = new ArrayList<>();
    /** Every call, also those that found it down or repeated an id. */
    public int calls;

    public FakeDigitalPost(Clock clock) {
        this.clock = clock;
    }

    /** The recipient is not enrolled in Digital Post, or exempt from it. */
    public void notEnrolled(Recipient recipient) {
        notEnrolled.add(recipient);
    }

    /** Digital Post does not answer, as the adapter reports it after its retries. */
    public void down(boolean isDown) {
        down = isDown;
    }

    @Override
    public DigitalPostOutcome send(DigitalPostMessage message) {
        calls++;
        if (down) {
            throw new ExternalSystemUnavailableException("Digital Post", "Digital Post did not answer after 3 attempts", null);
        }
        DigitalPostOutcome.Delivered earlier = delivered.get(message.id());
        if (earlier != null) {
            return earlier;
        }
        if (notEnrolled.contains(message.recipient())) {
            return new DigitalPostOutcome.NotEnrolled();
        }
        DigitalPostOutcome.Delivered now = new DigitalPostOutcome.Delivered("dp-" + (delivered.size() + 1), clock.instant());
        delivered.put(message.id(), now);
        messages.add(message);
        return now;
    }
}

package dk.sygesikring.application.fakes;

import dk.sygesikring.application.port.out.ExternalSystemUnavailableException;
import dk.sygesikring.application.port.out.print.PrintJob;
import dk.sygesikring.application.port.out.print.PrintOutcome;
import dk.sygesikring.application.port.out.print.PrintPort;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The print service as the port sees it: it takes a letter once per letter id (a repeated id answers the first
 * acceptance), refuses the letters it is told to, and can be down. Every letter taken is kept.
 */
public final class FakePrint implements PrintPort {

    private final Clock clock;
    private final Map<UUID, PrintOutcome.Accepted> accepted = new LinkedHashMap<>();
    private final Set<UUID> refused = new HashSet<>();
    private boolean down;
    public final List<PrintJob> jobs = new ArrayList<>();
    /** Every call, also those that found it down or repeated an id. */
    public int calls;

    public FakePrint(Clock clock) {
        this.clock = clock;
    }

    public void down(boolean isDown) {
        down = isDown;
    }

    /** The print service refuses this letter (e.g. an unknown shipment type). */
    public void refuse(UUID letterId) {
        refused.add(letterId);
    }

    @Override
    public PrintOutcome submit(PrintJob job) {
        calls++;
        if (down) {
            throw new ExternalSystemUnavailableException("Fjernprint", "the print service did not answer after 3 attempts", null);
        }
        if (refused.contains(job.letterId())) {
            return new PrintOutcome.Rejected("UNKNOWN_SHIPMENT_TYPE: " + job.supplier().shipmentTypeId());
        }
        PrintOutcome.Accepted earlier = accepted.get(job.letterId());
        if (earlier != null) {
            return earlier;
        }
        PrintOutcome.Accepted now = new PrintOutcome.Accepted("print-" + (accepted.size() + 1), clock.instant());
        accepted.put(job.letterId(), now);
        jobs.add(job);
        return now;
    }
}

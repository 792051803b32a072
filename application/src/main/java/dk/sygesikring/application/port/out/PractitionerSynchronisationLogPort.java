package dk.sygesikring.application.port.out;

import dk.sygesikring.application.practitioner.PractitionerSynchronisation;
import java.util.List;

/** Where every synchronisation of the practitioner register with LUNA is recorded (INT-1). */
public interface PractitionerSynchronisationLogPort {

    void record(PractitionerSynchronisation synchronisation);

    /** Newest first, at most {@code limit}. */
    List<PractitionerSynchronisation> latest(int limit);
}

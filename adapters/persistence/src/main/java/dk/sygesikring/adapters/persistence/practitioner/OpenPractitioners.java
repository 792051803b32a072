package dk.sygesikring.adapters.persistence.practitioner;

import jakarta.inject.Singleton;
import java.util.List;

/**
 * The practitioners open to choices, held in memory. The register changes about once a day (INT-1), yet some 160 of
 * its practices are read for every choice list and doctor choice (DOC-3): reading and mapping them from PostgreSQL
 * each time was most of a choice list's cost. Each read asks only the register's version (V14: a trigger moves it on
 * every change to the table) and reads the register again when it has moved, here or on another instance. The
 * patients are still counted on every read (DOC-7).
 */
@Singleton
class OpenPractitioners {

    private final PractitionerRepository rows;
    private volatile Snapshot held = new Snapshot(Long.MIN_VALUE, List.of());

    OpenPractitioners(PractitionerRepository rows) {
        this.rows = rows;
    }

    /** Those whose practice lies within the box, as the register holds them now. */
    List<PractitionerRow> within(double southLatitude, double northLatitude, double westLongitude, double eastLongitude) {
        return current().open().stream()
                .filter(row -> row.latitude() != null && row.longitude() != null)
                .filter(row -> row.latitude() >= southLatitude && row.latitude() <= northLatitude
                        && row.longitude() >= westLongitude && row.longitude() <= eastLongitude)
                .toList();
    }

    private Snapshot current() {
        long version = rows.registerVersion();
        Snapshot snapshot = held;
        if (snapshot.version() != version) {
            // the version is read before the rows, so what is held is never older than the version it is held under
            snapshot = new Snapshot(version, rows.findByClosedDownAtIsNull());
            held = snapshot;
        }
        return snapshot;
    }

    private record Snapshot(long version, List<PractitionerRow> open) {
        Snapshot {
            open = List.copyOf(open);
        }
    }
}

package dk.sygesikring.adapters.persistence.practitioner;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
    private volatile Snapshot held = Snapshot.of(Long.MIN_VALUE, List.of());

    OpenPractitioners(PractitionerRepository rows) {
        this.rows = rows;
    }

    /** Those whose practice lies within the box, as the register holds them now. */
    List<LunaCounted> within(double southLatitude, double northLatitude, double westLongitude, double eastLongitude) {
        return current().within(southLatitude, northLatitude, westLongitude, eastLongitude);
    }

    private Snapshot current() {
        long version = rows.registerVersion();
        Snapshot snapshot = held;
        if (snapshot.version() != version) {
            // the version is read before the rows, so what is held is never older than the version it is held under
            snapshot = Snapshot.of(version, rows.findByClosedDownAtIsNull());
            held = snapshot;
        }
        return snapshot;
    }

    /** The practices with coordinates, south to north, so that a box is found by its latitudes first. */
    private record Snapshot(long version, List<LunaCounted> southToNorth, double[] latitudes) {

        static Snapshot of(long version, List<PractitionerRow> open) {
            List<LunaCounted> placed = open.stream().filter(row -> row.latitude() != null && row.longitude() != null)
                    .sorted(Comparator.comparingDouble(PractitionerRow::latitude)).map(LunaCounted::of).toList();
            return new Snapshot(version, placed, placed.stream().mapToDouble(held -> held.row().latitude()).toArray());
        }

        List<LunaCounted> within(double south, double north, double west, double east) {
            int first = Arrays.binarySearch(latitudes, south);
            if (first < 0) {
                first = -first - 1;
            }
            while (first > 0 && latitudes[first - 1] == south) {
                first--;
            }
            List<LunaCounted> found = new ArrayList<>();
            for (int i = first; i < latitudes.length && latitudes[i] <= north; i++) {
                double longitude = southToNorth.get(i).row().longitude();
                if (longitude >= west && longitude <= east) {
                    found.add(southToNorth.get(i));
                }
            }
            return found;
        }
    }
}

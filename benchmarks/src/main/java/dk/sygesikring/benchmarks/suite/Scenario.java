package dk.sygesikring.benchmarks.suite;

/**
 * One measured load and the service's memory after it, with its share of the two limits measured in the same run:
 * {@code pgbench -S} on the same PostgreSQL and the framework's ceiling (a trivial authenticated read).
 */
record Scenario(String name, String request, int connections, String offered, Load warmUp, Load load,
                Memory memory, double shareOfPgbench, double shareOfCeiling) {

    /** Resident memory (now and peak) and heap (peak before a collection, after the last one, maximum), in MiB. */
    record Memory(long residentMib, long residentPeakMib, long heapPeakMib, long heapAfterGcMib, long heapMaxMib) {
    }
}

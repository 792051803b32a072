package dk.sygesikring.benchmarks.suite;

/**
 * What one bounded load measured: requests answered and their rate, latency percentiles in milliseconds, answers
 * that were not 2xx, and socket errors (connect, read, write, timeout).
 */
record Load(long requests, double seconds, double perSecond, double p50Ms, double p95Ms, double p99Ms, double maxMs,
            long non2xx, long socketErrors) {

    static Load of(long requests, double seconds, double p50Ms, double p95Ms, double p99Ms, double maxMs, long non2xx,
                   long socketErrors) {
        return new Load(requests, seconds, requests / seconds, p50Ms, p95Ms, p99Ms, maxMs, non2xx, socketErrors);
    }
}

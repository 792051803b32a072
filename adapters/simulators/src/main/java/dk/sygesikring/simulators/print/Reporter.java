package dk.sygesikring.simulators.print;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the print supplier's reports to the service, as the real supplier does: on a thread of its own, so that
 * the print API never waits for the service; each report until the service answers 2xx, again after any other answer
 * or a connection failure with a growing back-off; the reports of one letter in the order they happened, unless
 * {@link ReportFaults#shuffle()} says otherwise. Without a target the reports wait until one is set.
 */
final class Reporter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Reporter.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

    /** Where reports go, and the secret they are signed with. */
    record Target(URI url, String secret) {

        Target {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(secret, "secret");
            if (!url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
                    || url.getHost() == null) {
                throw new IllegalArgumentException("the report url is an absolute http(s) URL: " + url);
            }
            if (secret.isBlank()) {
                throw new IllegalArgumentException("the report secret is required");
            }
        }
    }

    /** A report not yet acknowledged, as the pending list shows it. */
    record PendingReport(Report report, int copy, int attempts, String lastFailure) {
    }

    /** One copy of a report on its way; changed only under the lock. */
    private static final class Pending {
        final Report report;
        final byte[] body;
        int copy = 1;
        int attempts;
        long dueAt;
        String lastFailure;

        Pending(Report report, byte[] body, long dueAt) {
            this.report = report;
            this.body = body;
            this.dueAt = dueAt;
        }
    }

    private final Clock clock;
    private final Duration firstRetry;
    private final Duration longestRetry;
    private final Function<Report, byte[]> json;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT).build();
    private final Random random = new Random();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Pending> pending = new ArrayList<>();
    private final List<DeliveredReport> delivered = new ArrayList<>();
    private final Thread deliverer;
    private Target target;
    private ReportFaults faults = ReportFaults.NONE;
    private boolean closed;

    /** @param json the report's body as sent, the bytes that are signed */
    Reporter(Clock clock, Duration firstRetry, Duration longestRetry, Function<Report, byte[]> json) {
        if (firstRetry.isNegative() || firstRetry.isZero() || longestRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("the first report retry is positive and at most the longest: "
                    + firstRetry + ", " + longestRetry);
        }
        this.clock = clock;
        this.firstRetry = firstRetry;
        this.longestRetry = longestRetry;
        this.json = json;
        this.deliverer = Thread.ofPlatform().daemon().name("print-reports").start(this::deliverAll);
    }

    void enqueue(Report report) {
        byte[] body = json.apply(report);
        lock.lock();
        try {
            pending.add(new Pending(report, body, System.nanoTime() + faults.delay().toNanos()));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Sets where reports go; reports waiting for a retry are sent at once, their attempts counted on. */
    void reportTo(Target target) {
        lock.lock();
        try {
            this.target = target;
            long now = System.nanoTime();
            pending.stream().filter(report -> report.attempts > 0).forEach(report -> report.dueAt = now);
            changed.signalAll();
            LOG.info("Print simulator reports to {}, {} reports pending", target.url(), pending.size());
        } finally {
            lock.unlock();
        }
    }

    Optional<URI> target() {
        lock.lock();
        try {
            return Optional.ofNullable(target).map(Target::url);
        } finally {
            lock.unlock();
        }
    }

    void faults(ReportFaults faults) {
        lock.lock();
        try {
            this.faults = Objects.requireNonNull(faults, "faults");
            changed.signalAll();
            LOG.info("Print simulator report faults set to {}", faults);
        } finally {
            lock.unlock();
        }
    }

    ReportFaults faults() {
        lock.lock();
        try {
            return faults;
        } finally {
            lock.unlock();
        }
    }

    /** Every acknowledged copy, in the order acknowledged. */
    List<DeliveredReport> delivered() {
        lock.lock();
        try {
            return List.copyOf(delivered);
        } finally {
            lock.unlock();
        }
    }

    List<PendingReport> pending() {
        lock.lock();
        try {
            return pending.stream()
                    .map(report -> new PendingReport(report.report, report.copy, report.attempts, report.lastFailure))
                    .toList();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until at least {@code count} copies were acknowledged, or {@code timeout} passed; then the list. */
    List<DeliveredReport> awaitDelivered(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            long left = deadline - System.nanoTime();
            while (delivered.size() < count && left > 0) {
                left = changed.awaitNanos(left);
            }
            return List.copyOf(delivered);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        deliverer.interrupt();
        try {
            deliverer.join(SHUTDOWN_GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.close();
    }

    private void deliverAll() {
        try {
            while (true) {
                Pending next;
                Target to;
                lock.lock();
                try {
                    next = awaitDue();
                    if (next == null) {
                        return;
                    }
                    to = target;
                } finally {
                    lock.unlock();
                }
                int status = send(next, to);
                lock.lock();
                try {
                    record(next, status, to);
                } finally {
                    lock.unlock();
                }
            }
        } catch (InterruptedException e) {
            // closed
        } catch (RuntimeException e) {
            LOG.error("Print simulator stopped delivering reports", e);
        }
    }

    /** Under the lock: the next report to send once it is due, or null when closed. */
    private Pending awaitDue() throws InterruptedException {
        while (!closed) {
            if (target == null) {
                changed.await();
                continue;
            }
            List<Pending> ready = ready();
            if (ready.isEmpty()) {
                changed.await();
                continue;
            }
            long now = System.nanoTime();
            List<Pending> due = ready.stream().filter(report -> report.dueAt - now <= 0).toList();
            if (!due.isEmpty()) {
                return faults.shuffle() ? due.get(random.nextInt(due.size())) : due.getFirst();
            }
            changed.awaitNanos(ready.stream().mapToLong(report -> report.dueAt - now).min().orElseThrow());
        }
        return null;
    }

    /** The reports that may go next: all when shuffled, else the first pending report of each letter. */
    private List<Pending> ready() {
        if (faults.shuffle()) {
            return List.copyOf(pending);
        }
        Set<UUID> letters = new HashSet<>();
        return pending.stream().filter(report -> letters.add(report.report.letterId())).toList();
    }

    /** Outside the lock: the service's status, or -1 when it gave none (no connection, timeout, reset, ...). */
    private int send(Pending report, Target to) throws InterruptedException {
        long signedAt = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(to.url())
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header(ReportSignature.HEADER, ReportSignature.header(to.secret(), signedAt, report.body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(report.body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | RuntimeException e) {
            lock.lock();
            try {
                report.lastFailure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } finally {
                lock.unlock();
            }
            return -1;
        }
    }

    /** Under the lock: an acknowledged copy is done (or sent again for a repeat), any other outcome retried later. */
    private void record(Pending report, int status, Target to) {
        report.attempts++;
        long now = System.nanoTime();
        if (status >= 200 && status <= 299) {
            delivered.add(new DeliveredReport(report.report.reportId(), report.report.letterId(), report.report.status(),
                    report.report.occurredAt(), report.report.printReference(), report.report.reason(), report.copy,
                    report.attempts, clock.instant()));
            if (report.attempts > 1) {
                LOG.info("Print report {} ({} of letter {}) acknowledged after {} attempts", report.report.reportId(),
                        report.report.status(), report.report.letterId(), report.attempts);
            }
            if (report.copy < faults.repeat()) {
                report.copy++;
                report.attempts = 0;
                report.lastFailure = null;
                report.dueAt = now + faults.delay().toNanos();
            } else {
                pending.remove(report);
            }
        } else {
            if (status > 0) {
                report.lastFailure = "HTTP " + status;
            }
            Duration wait = backoff(report.attempts);
            report.dueAt = now + wait.toNanos();
            if (report.attempts == 1) {
                LOG.info("Print report {} ({} of letter {}) to {} not acknowledged ({}), retrying with back-off",
                        report.report.reportId(), report.report.status(), report.report.letterId(), to.url(),
                        report.lastFailure);
            } else {
                LOG.debug("Print report {} attempt {} failed ({}), next in {} ms", report.report.reportId(),
                        report.attempts, report.lastFailure, wait.toMillis());
            }
        }
        changed.signalAll();
    }

    /** firstRetry, doubled after each failed attempt, never longer than longestRetry. */
    private Duration backoff(int attempts) {
        long nanos = firstRetry.toNanos();
        for (int doubled = 1; doubled < attempts && nanos < longestRetry.toNanos(); doubled++) {
            nanos *= 2;
        }
        return Duration.ofNanos(Math.min(nanos, longestRetry.toNanos()));
    }
}

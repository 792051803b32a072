package dk.sygesikring.simulators.reports;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
 * Delivers a simulated supplier's signed reports to the service, as a real supplier does (the card supplier's, the
 * print supplier's: one mechanism, each simulator names its reports, header and acknowledgement): on a thread of its
 * own, so that the supplier's API never waits for the service; each report until the service answers 2xx, again
 * after any other answer or a connection failure with a growing back-off; the reports of one subject (an order, a
 * letter) in the order they happened, unless {@link ReportFaults#shuffle()} says otherwise. Without a target the
 * reports wait until one is set.
 *
 * @param <R> the simulator's report
 * @param <D> what the simulator records of an acknowledged copy
 */
public final class SignedReporter<R extends SignedReporter.Report, D> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SignedReporter.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

    /** What the reporter needs of a report: its id, the order or letter it is about, and its status for the log. */
    public interface Report {
        UUID reportId();

        UUID subjectId();

        String statusName();
    }

    /** An acknowledged copy, as the simulator records it. */
    @FunctionalInterface
    public interface Acknowledgement<R, D> {
        D of(R report, int copy, int attempts, Instant acknowledgedAt);
    }

    /** How a simulator's reports are named in the log and signed. */
    public record Sender(String system, String subject, String signatureHeader, SignatureScheme signature) {
    }

    /** The value of the signature header of a body sent at a time. */
    @FunctionalInterface
    public interface SignatureScheme {
        String header(String secret, long epochSeconds, byte[] body);
    }

    /** Where reports go, and the secret they are signed with. */
    public record Target(URI url, String secret) {

        public Target {
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
    public record PendingReport<R>(R report, int copy, int attempts, String lastFailure) {
    }

    /** One copy of a report on its way; changed only under the lock. */
    private static final class Pending<R> {
        final R report;
        final byte[] body;
        int copy = 1;
        int attempts;
        long dueAt;
        String lastFailure;

        Pending(R report, byte[] body, long dueAt) {
            this.report = report;
            this.body = body;
            this.dueAt = dueAt;
        }
    }

    private final Sender sender;
    private final Clock clock;
    private final Duration firstRetry;
    private final Duration longestRetry;
    private final Function<R, byte[]> json;
    private final Acknowledgement<R, D> acknowledgement;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT).build();
    private final Random random = new Random();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Pending<R>> pending = new ArrayList<>();
    private final List<D> delivered = new ArrayList<>();
    private final Thread deliverer;
    private Target target;
    private ReportFaults faults = ReportFaults.NONE;
    private boolean closed;

    /** @param json the report's body as sent, the bytes that are signed */
    public SignedReporter(Sender sender, Clock clock, Duration firstRetry, Duration longestRetry, Function<R, byte[]> json,
                          Acknowledgement<R, D> acknowledgement) {
        if (firstRetry.isNegative() || firstRetry.isZero() || longestRetry.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("the first report retry is positive and at most the longest: "
                    + firstRetry + ", " + longestRetry);
        }
        this.sender = sender;
        this.clock = clock;
        this.firstRetry = firstRetry;
        this.longestRetry = longestRetry;
        this.json = json;
        this.acknowledgement = acknowledgement;
        this.deliverer = Thread.ofPlatform().daemon().name(sender.system().toLowerCase(Locale.ROOT).replace(' ', '-')
                + "-reports").start(this::deliverAll);
    }

    public void enqueue(R report) {
        byte[] body = json.apply(report);
        lock.lock();
        try {
            pending.add(new Pending<>(report, body, System.nanoTime() + faults.delay().toNanos()));
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Sets where reports go; reports waiting for a retry are sent at once, their attempts counted on. */
    public void reportTo(Target target) {
        lock.lock();
        try {
            this.target = target;
            long now = System.nanoTime();
            pending.stream().filter(report -> report.attempts > 0).forEach(report -> report.dueAt = now);
            changed.signalAll();
            LOG.info("{} simulator reports to {}, {} reports pending", sender.system(), target.url(), pending.size());
        } finally {
            lock.unlock();
        }
    }

    public Optional<URI> target() {
        lock.lock();
        try {
            return Optional.ofNullable(target).map(Target::url);
        } finally {
            lock.unlock();
        }
    }

    public void faults(ReportFaults faults) {
        lock.lock();
        try {
            this.faults = Objects.requireNonNull(faults, "faults");
            changed.signalAll();
            LOG.info("{} simulator report faults set to {}", sender.system(), faults);
        } finally {
            lock.unlock();
        }
    }

    public ReportFaults faults() {
        lock.lock();
        try {
            return faults;
        } finally {
            lock.unlock();
        }
    }

    /** Every acknowledged copy, in the order acknowledged. */
    public List<D> delivered() {
        lock.lock();
        try {
            return List.copyOf(delivered);
        } finally {
            lock.unlock();
        }
    }

    public List<PendingReport<R>> pending() {
        lock.lock();
        try {
            return pending.stream()
                    .map(report -> new PendingReport<>(report.report, report.copy, report.attempts, report.lastFailure))
                    .toList();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until at least {@code count} copies were acknowledged, or {@code timeout} passed; then the list. */
    public List<D> awaitDelivered(int count, Duration timeout) throws InterruptedException {
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
                Pending<R> next;
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
            LOG.error("{} simulator stopped delivering reports", sender.system(), e);
        }
    }

    /** Under the lock: the next report to send once it is due, or null when closed. */
    private Pending<R> awaitDue() throws InterruptedException {
        while (!closed) {
            if (target == null) {
                changed.await();
                continue;
            }
            List<Pending<R>> ready = ready();
            if (ready.isEmpty()) {
                changed.await();
                continue;
            }
            long now = System.nanoTime();
            List<Pending<R>> due = ready.stream().filter(report -> report.dueAt - now <= 0).toList();
            if (!due.isEmpty()) {
                return faults.shuffle() ? due.get(random.nextInt(due.size())) : due.getFirst();
            }
            changed.awaitNanos(ready.stream().mapToLong(report -> report.dueAt - now).min().orElseThrow());
        }
        return null;
    }

    /** The reports that may go next: all when shuffled, else the first pending report of each subject. */
    private List<Pending<R>> ready() {
        if (faults.shuffle()) {
            return List.copyOf(pending);
        }
        Set<UUID> subjects = new HashSet<>();
        return pending.stream().filter(report -> subjects.add(report.report.subjectId())).toList();
    }

    /** Outside the lock: the service's status, or -1 when it gave none (no connection, timeout, reset, ...). */
    private int send(Pending<R> report, Target to) throws InterruptedException {
        long signedAt = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(to.url())
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header(sender.signatureHeader(), sender.signature().header(to.secret(), signedAt, report.body))
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
    private void record(Pending<R> report, int status, Target to) {
        report.attempts++;
        long now = System.nanoTime();
        if (status >= 200 && status <= 299) {
            delivered.add(acknowledgement.of(report.report, report.copy, report.attempts, clock.instant()));
            if (report.attempts > 1) {
                LOG.info("{} report {} ({} of {} {}) acknowledged after {} attempts", sender.system(), report.report.reportId(),
                        report.report.statusName(), sender.subject(), report.report.subjectId(), report.attempts);
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
                LOG.info("{} report {} ({} of {} {}) to {} not acknowledged ({}), retrying with back-off", sender.system(),
                        report.report.reportId(), report.report.statusName(), sender.subject(), report.report.subjectId(),
                        to.url(), report.lastFailure);
            } else {
                LOG.debug("{} report {} attempt {} failed ({}), next in {} ms", sender.system(), report.report.reportId(),
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

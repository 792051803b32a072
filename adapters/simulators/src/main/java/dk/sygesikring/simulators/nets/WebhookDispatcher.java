package dk.sygesikring.simulators.nets;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the Nets simulator's webhooks on a thread of its own, so that no API call waits for a receiver: each
 * event is posted until the receiver answers exactly 200 (Nets counts any other status, a redirect or a 204
 * included, as a failure), with the waits of {@link WebhookRetries}. Without faults, events are attempted in the
 * order they were made; a retried event does not hold back the ones after it, so a receiver can never rely on
 * the order.
 */
final class WebhookDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int ACKNOWLEDGED = 200;

    /** One event for one subscriber: the JSON body is made once, each copy of a repeated event sends the same. */
    record Notification(String id, String event, String paymentId, URI url, String authorization, byte[] body) {
    }

    private static final class Pending {
        private final long order;
        private final Notification notification;
        private int attempts;
        private long dueNanos;

        private Pending(long order, Notification notification, long dueNanos) {
            this.order = order;
            this.notification = notification;
            this.dueNanos = dueNanos;
        }
    }

    private final WebhookRetries retries;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Random random = new Random();
    private final Thread worker;

    // guarded by this
    private final List<Pending> pending = new ArrayList<>();
    private final List<DeliveredWebhook> delivered = new ArrayList<>();
    private WebhookFaults faults = WebhookFaults.NONE;
    private long sequence;
    private long openBatchDueNanos;
    private boolean batchOpen;
    private int inFlight;
    private boolean closed;

    WebhookDispatcher(WebhookRetries retries, Clock clock) {
        this.retries = retries;
        this.clock = clock;
        this.worker = Thread.ofPlatform().daemon().name("nets-simulator-webhooks").start(this::run);
    }

    /** Queues the notifications and returns at once. */
    synchronized void send(List<Notification> notifications) {
        if (notifications.isEmpty() || closed) {
            return;
        }
        long now = System.nanoTime();
        long due = now + faults.delay().toNanos();
        if (faults.shuffle() && batchOpen && openBatchDueNanos - now > 0) {
            due = openBatchDueNanos; // made within the delay of the batch's first event: due with it, to be mixed
        }
        openBatchDueNanos = due;
        batchOpen = true;
        for (Notification notification : notifications) {
            for (int copy = 0; copy < faults.repeat(); copy++) {
                pending.add(new Pending(sequence++, notification, due));
            }
        }
        notifyAll();
    }

    synchronized void faults(WebhookFaults faults) {
        this.faults = faults;
        this.batchOpen = false;
    }

    synchronized WebhookFaults faults() {
        return faults;
    }

    /** What receivers acknowledged, in the order acknowledged. */
    synchronized List<DeliveredWebhook> delivered() {
        return List.copyOf(delivered);
    }

    /** Events not yet acknowledged: waiting for an attempt, or being attempted. */
    synchronized int pending() {
        return pending.size() + inFlight;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            pending.clear();
            notifyAll();
        }
        worker.interrupt();
        http.shutdownNow();
    }

    private void run() {
        try {
            while (true) {
                for (Pending due : nextDue()) {
                    deliver(due);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until at least one event is due; then all of them, in order made or, with shuffle, mixed. */
    private synchronized List<Pending> nextDue() throws InterruptedException {
        while (true) {
            if (closed) {
                throw new InterruptedException("closed");
            }
            long now = System.nanoTime();
            List<Pending> due = new ArrayList<>(pending.stream().filter(item -> item.dueNanos - now <= 0).toList());
            if (!due.isEmpty()) {
                pending.removeAll(due);
                inFlight += due.size();
                if (faults.shuffle()) {
                    Collections.shuffle(due, random);
                } else {
                    due.sort(Comparator.comparingLong(item -> item.order));
                }
                return due;
            }
            long wait = pending.stream().mapToLong(item -> item.dueNanos - now).min().orElse(0);
            if (wait > 0) {
                TimeUnit.NANOSECONDS.timedWait(this, wait);
            } else {
                wait();
            }
        }
    }

    private void deliver(Pending item) throws InterruptedException {
        Notification notification = item.notification;
        String failure;
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(notification.url())
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("Authorization", notification.authorization())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(notification.body()))
                    .build(), HttpResponse.BodyHandlers.discarding());
            failure = response.statusCode() == ACKNOWLEDGED ? null : "answered " + response.statusCode();
        } catch (IOException | IllegalArgumentException e) {
            failure = "could not be reached: " + e;
        }
        synchronized (this) {
            inFlight--;
            item.attempts++;
            if (failure == null) {
                delivered.add(new DeliveredWebhook(notification.id(), notification.event(), notification.paymentId(),
                        notification.url().toString(), item.attempts, clock.instant().toString()));
                return;
            }
            if (closed) {
                return;
            }
            Duration wait = retries.after(item.attempts);
            item.dueNanos = System.nanoTime() + wait.toNanos();
            pending.add(item);
            // the first failure of an event is worth a line; its retries are not, a receiver may be down for long
            if (item.attempts == 1) {
                LOG.warn("Nets simulator webhook {} ({}) to {} {}; retrying every {} ms at most until it answers 200",
                        notification.event(), notification.id(), notification.url(), failure, retries.longest().toMillis());
            } else {
                LOG.debug("Nets simulator webhook {} attempt {} {}", notification.id(), item.attempts, failure);
            }
        }
    }
}

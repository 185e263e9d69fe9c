package org.csptransition.notification.application.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.csptransition.kernel.Outcome;
import org.csptransition.notification.config.WebhookConfig;
import org.csptransition.notification.domain.webhook.WebhookAttempt;
import org.csptransition.notification.domain.webhook.WebhookDelivery;
import org.csptransition.notification.domain.webhook.WebhookDeliveryStatus;
import org.csptransition.notification.domain.webhook.WebhookEndpoint;
import org.csptransition.notification.domain.webhook.WebhookRetryPolicy;
import org.csptransition.notification.domain.webhook.WebhookSignature;
import org.csptransition.notification.domain.webhook.WebhookTargetPolicy;
import org.csptransition.notification.persistence.WebhookRepository;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * N4 sends due webhook deliveries: claim, send, record, as {@code MailSender} does for e-mails, but never waiting for a
 * batch: each attempt records its own outcome when it ends, and the sender claims more as soon as there is room.
 * <ol>
 *   <li>claim: in a short transaction, due deliveries are taken {@code FOR UPDATE SKIP LOCKED} and leased; only the first
 *   pending delivery of each object per endpoint (order per object), at most {@code max-in-flight-per-endpoint} per
 *   endpoint and none of an endpoint that already has that many in flight, so a slow or dead endpoint holds a few
 *   slots and never delays the others;</li>
 *   <li>send: the JDK HttpClient, asynchronous, connect and request timeouts, redirects never followed, the host resolved
 *   and checked again (SSRF), at most {@link WebhookAttempt#EXCERPT} bytes of the answer read;</li>
 *   <li>record: the attempt in the delivery log, and DELIVERED on a 2xx, else the next attempt by
 *   {@link WebhookRetryPolicy}; an endpoint failing every attempt for three days is disabled and its owner e-mailed.</li>
 * </ol>
 * A crash or a database away between send and record leaves the lease to end: the delivery goes again with the same
 * {@code webhook-id}, and the receiver drops the copy (at least once).
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);

    private final WebhookRepository webhooks;
    private final WebhookConfig config;
    private final Clock clock;
    private final WebhookDisabledMail disabledMail;
    private final MeterRegistry meters;
    private final Semaphore wake = new Semaphore(0);
    private final ConcurrentHashMap<UUID, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger inFlightTotal = new AtomicInteger();
    private volatile boolean running;
    private Thread thread;
    /** Resolves hosts and records outcomes: the blocking steps, off the HTTP client's and the timer's threads. */
    private ExecutorService workers;
    private HttpClient client;
    private Counter delivered;
    private Counter failedAttempts;
    private Timer latency;

    WebhookSender(WebhookRepository webhooks, WebhookConfig config, Clock clock, WebhookDisabledMail disabledMail, MeterRegistry meters) {
        this.webhooks = webhooks;
        this.config = config;
        this.clock = clock;
        this.disabledMail = disabledMail;
        this.meters = meters;
    }

    void start(@Observes StartupEvent event) {
        delivered = Counter.builder("webhooks.delivered").description("webhook attempts answered 2xx").register(meters);
        failedAttempts = Counter.builder("webhooks.attempts.failed").description("webhook attempts that failed").register(meters);
        latency = Timer.builder("webhooks.attempt.latency").description("time of one webhook attempt").register(meters);
        Gauge.builder("webhooks.pending", this, s -> s.backlog()[0]).description("webhook deliveries waiting").register(meters);
        Gauge.builder("webhooks.oldest.pending.seconds", this, s -> s.backlog()[1])
                .description("age of the oldest webhook delivery waiting").register(meters);
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "webhook-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        running = true;
        thread = new Thread(this::run, "webhook-sender");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wake.release();
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    void onEnqueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookFanOut.Enqueued enqueued) {
        wake.release();
    }

    /** Wakes the sender now: a redelivery or an endpoint enabled again. */
    public void wake() {
        wake.release();
    }

    private void run() {
        while (running) {
            try {
                wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                while (running && claimAndSend() > 0) {
                    // go on while there is work and room
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Webhook sender round failed: %s", e.getMessage());
            }
        }
    }

    /** What one attempt needs, read in the claim's transaction. */
    record Attempt(UUID deliveryId, UUID endpointId, String url, List<String> secrets, String payload) {
    }

    /** Claims what is due and has room, and starts each attempt; returns how many it started. */
    int claimAndSend() {
        int room = config.maxInFlight() - inFlightTotal.get();
        if (room <= 0) {
            return 0;
        }
        Instant now = Instant.now(clock);
        Set<UUID> busy = inFlight.entrySet().stream().filter(e -> e.getValue().get() >= config.maxInFlightPerEndpoint())
                .map(java.util.Map.Entry::getKey).collect(Collectors.toSet());
        List<Attempt> attempts = QuarkusTransaction.requiringNew().call(() -> {
            List<WebhookDelivery> due = webhooks.claimDue(now, room, config.maxInFlightPerEndpoint(), busy);
            return due.stream().map(d -> {
                d.leased(now.plus(config.lease()));
                WebhookEndpoint e = webhooks.endpoint(d.endpointId()).orElseThrow();
                return new Attempt(d.id(), e.id(), e.url(), e.signingSecrets(now), d.payload());
            }).toList();
        });
        attempts.forEach(this::send);
        return attempts.size();
    }

    private void send(Attempt attempt) {
        inFlight.computeIfAbsent(attempt.endpointId(), id -> new AtomicInteger()).incrementAndGet();
        inFlightTotal.incrementAndGet();
        Instant attemptedAt = Instant.now(clock);
        long started = System.nanoTime();
        CompletableFuture.supplyAsync(() -> request(attempt, attemptedAt), workers)
                .thenCompose(request -> client.sendAsync(request, BoundedBody.handler(WebhookAttempt.EXCERPT)))
                .orTimeout(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenCompleteAsync((response, error) -> {
                    try {
                        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                        latency.record(millis, TimeUnit.MILLISECONDS);
                        record(attempt, attemptedAt, millis, response, error);
                    } finally {
                        inFlight.get(attempt.endpointId()).decrementAndGet();
                        inFlightTotal.decrementAndGet();
                        wake.release();
                    }
                }, workers);
    }

    /** The signed request, once the URL's host is checked as it resolves now (a name may point elsewhere than it did). */
    private HttpRequest request(Attempt attempt, Instant attemptedAt) {
        String host = WebhookTargetPolicy.host(attempt.url());
        Outcome target = WebhookTargetPolicy.checkForm(attempt.url(), config.allowPrivateTargets())
                .and(WebhookTargetPolicy.checkAddresses(host, WebhookEndpoints.resolve(host), config.allowPrivateTargets()));
        if (target.isRefused()) {
            throw new TargetRefused(target.refusals().get(0).message());
        }
        long timestamp = attemptedAt.getEpochSecond();
        String id = attempt.deliveryId().toString();
        return HttpRequest.newBuilder(URI.create(attempt.url().trim()))
                .timeout(config.requestTimeout())
                .header("content-type", "application/json")
                .header("user-agent", "csp-transition-webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.header(attempt.secrets(), id, timestamp, attempt.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(attempt.payload()))
                .build();
    }

    /** Records one attempt's outcome in its own transaction, on the rows as they are now. */
    private void record(Attempt attempt, Instant attemptedAt, long millis, HttpResponse<String> response, Throwable error) {
        Integer status = response == null ? null : response.statusCode();
        boolean success = status != null && status >= 200 && status < 300;
        String why = error != null ? rootMessage(error) : success ? null : "HTTP " + status;
        try {
            QuarkusTransaction.requiringNew().run(() -> webhooks.delivery(attempt.deliveryId()).ifPresent(d -> {
                Instant now = Instant.now(clock);
                webhooks.add(WebhookAttempt.of(d.id(), attemptedAt, status, millis, response == null ? null : response.body(),
                        error == null ? null : why));
                if (d.status() != WebhookDeliveryStatus.PENDING) {
                    return; // recorded meanwhile (a lease that ended during a slow attempt): only the log learns of this one
                }
                if (success) {
                    d.delivered(status, now);
                    webhooks.markHealthy(attempt.endpointId());
                    delivered.increment();
                } else {
                    WebhookRetryPolicy policy = config.policy();
                    d.attemptFailed(status, why, now, policy, ThreadLocalRandom.current().nextDouble());
                    failedAttempts.increment();
                    Instant failingSince = webhooks.markFailing(attempt.endpointId(), now);
                    if (policy.givesUp(failingSince, now) && webhooks.disable(attempt.endpointId(),
                            "every attempt failed since " + failingSince, now) == 1) {
                        WebhookEndpoint endpoint = webhooks.endpoint(attempt.endpointId()).orElseThrow();
                        LOG.warnf("Webhook endpoint %s disabled: every attempt failed since %s", endpoint.id(), failingSince);
                        disabledMail.send(endpoint.id(), endpoint.tenantId(), endpoint.url(), failingSince);
                    }
                }
            }));
        } catch (RuntimeException e) {
            // the database is away: the lease ends and the delivery goes again, with the same webhook-id
            LOG.warnf("Outcome of webhook delivery %s not recorded (%s); its lease will end", attempt.deliveryId(), e.getMessage());
        }
    }

    /** [pending count, age in seconds of the oldest pending]; -1 each when the database cannot say. */
    double[] backlog() {
        try {
            return QuarkusTransaction.requiringNew().call(webhooks::backlog);
        } catch (RuntimeException e) {
            return new double[] {-1, -1};
        }
    }

    /** An attempt not made: the URL's host resolves to an address webhooks are not sent to (SSRF), or not at all. */
    static final class TargetRefused extends RuntimeException {
        TargetRefused(String message) {
            super(message, null, false, false);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while ((root instanceof CompletionException || root.getCause() != null) && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}

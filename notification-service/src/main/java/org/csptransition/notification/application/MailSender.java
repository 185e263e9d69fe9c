package org.csptransition.notification.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.csptransition.notification.config.DeliveryConfig;
import org.csptransition.notification.domain.DeliveryPolicy;
import org.csptransition.notification.domain.HeaderText;
import org.csptransition.notification.domain.Notification;
import org.csptransition.notification.domain.NotificationStatus;
import org.csptransition.notification.persistence.NotificationRepository;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;

/**
 * N2 delivers pending e-mails to the SMTP server. A committed notification wakes it at once; the poll catches retries
 * that come due. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so replicas never send the same e-mail, and a
 * row becomes SENT in the same transaction that saw the server accept it. A failure waits with backoff
 * ({@link DeliveryPolicy}); after the last attempt the e-mail is FAILED and waits for the operator.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final NotificationRepository log;
    private final ReactiveMailer mailer;
    private final DeliveryConfig config;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private Counter sent;
    private Counter failedAttempts;
    private Counter failed;

    MailSender(NotificationRepository log, ReactiveMailer mailer, DeliveryConfig config, Clock clock, MeterRegistry meters) {
        this.log = log;
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
        this.meters = meters;
    }

    void start(@Observes StartupEvent event) {
        sent = Counter.builder("notifications.sent").description("e-mails the mail server accepted").register(meters);
        failedAttempts = Counter.builder("notifications.attempts.failed").description("delivery attempts that failed").register(meters);
        failed = Counter.builder("notifications.failed").description("e-mails that ran out of attempts").register(meters);
        Gauge.builder("notifications.pending", this, s -> s.backlog()[0]).description("e-mails waiting to be sent").register(meters);
        Gauge.builder("notifications.oldest.pending.seconds", this, s -> s.backlog()[1])
                .description("age of the oldest e-mail waiting to be sent").register(meters);
        running = true;
        thread = new Thread(this::run, "mail-sender");
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
    }

    void onEnqueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Notifications.Enqueued enqueued) {
        wake.release();
    }

    private void run() {
        while (running) {
            try {
                wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                int handled;
                do {
                    handled = sendDueBatch();
                } while (handled == config.batchSize() && running);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Mail sender round failed: %s", e.getMessage());
            }
        }
    }

    /** Sends every due e-mail of one batch; returns how many it handled. */
    int sendDueBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Notification> batch = log.claimDue(Instant.now(clock), config.batchSize());
            DeliveryPolicy policy = config.policy();
            // the sender is quarkus.mailer.from; hand the whole batch to the mailer's connection pool at once, then record each outcome
            List<CompletableFuture<Void>> outcomes = batch.stream().map(this::send).toList();
            for (int i = 0; i < batch.size(); i++) {
                Notification n = batch.get(i);
                if (outcomes.get(i) == null) {
                    n.undeliverable("the recipient is not one plain e-mail address", Instant.now(clock));
                    failed.increment();
                    LOG.warnf("Notification %s (event %s) FAILED: its recipient is not one plain e-mail address", n.id(), n.eventId());
                    continue;
                }
                try {
                    outcomes.get(i).get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                    n.sent(Instant.now(clock));
                    sent.increment();
                } catch (ExecutionException | TimeoutException e) {
                    n.attemptFailed(rootMessage(e), Instant.now(clock), policy);
                    failedAttempts.increment();
                    if (n.status() == NotificationStatus.FAILED) {
                        failed.increment();
                        LOG.warnf("Notification %s (event %s) FAILED after %d attempts: %s", n.id(), n.eventId(), n.attempts(), n.lastError());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while sending", e);
                }
            }
            return batch.size();
        });
    }

    /**
     * Hands one e-mail to the mailer; {@code null} when its recipient is not one plain address. Every header value is
     * one line here whatever the row holds (rows written before the subject was made one line included): the mailer
     * encodes non-ASCII text (RFC 2047) but a line break in a value would still end the header.
     */
    private CompletableFuture<Void> send(Notification n) {
        if (!HeaderText.isMailbox(n.recipientEmail())) {
            return null;
        }
        Mail mail = Mail.withText(n.recipientEmail(), HeaderText.singleLine(n.subject()), n.body())
                .addHeader("Content-Language", HeaderText.singleLine(n.locale()))
                .addHeader("X-Notification-Id", n.id().toString())
                .addHeader("X-Event-Id", n.eventId().toString());
        return mailer.send(mail).subscribeAsCompletionStage().toCompletableFuture();
    }

    /** [pending count, age in seconds of the oldest pending]; -1 each when the database cannot say. */
    double[] backlog() {
        try {
            NotificationRepository.Backlog backlog = QuarkusTransaction.requiringNew().call(log::backlog);
            return new double[] {backlog.pending(), backlog.oldestPendingSeconds()};
        } catch (RuntimeException e) {
            return new double[] {-1, -1};
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

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
 * N2 delivers pending e-mails to the SMTP server: claim, send, record, and no transaction around the send. A committed
 * notification wakes it at once; the poll catches retries that come due.
 * <ol>
 *   <li>claim: in a short transaction, rows due are taken {@code FOR UPDATE SKIP LOCKED} and leased (their next attempt
 *   moved to the end of the lease), so no other replica sends them meanwhile;</li>
 *   <li>send: outside any transaction, so a slow server can never make a transaction time out and roll back after the
 *   server accepted the e-mail;</li>
 *   <li>record: each outcome in its own transaction as soon as it is known (SENT, or a failed attempt with backoff by
 *   {@link DeliveryPolicy}; after the last attempt FAILED, waiting for the operator).</li>
 * </ol>
 * A crash, or a server that answers later than {@code send-timeout}, leaves the lease to expire: at most the e-mails in
 * flight are sent again, with the same {@code Message-ID} ({@link #messageId}), so receiving mail systems drop the copy.
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
        Instant claimedAt = Instant.now(clock);
        List<Notification> batch = QuarkusTransaction.requiringNew().call(() -> {
            List<Notification> due = log.claimDue(claimedAt, config.batchSize());
            due.forEach(n -> n.leased(claimedAt.plus(config.lease())));
            return due;
        });
        // the whole batch goes to the mailer's connection pool at once; each outcome is recorded when it is known
        List<CompletableFuture<Void>> outcomes = batch.stream().map(this::send).toList();
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        DeliveryPolicy policy = config.policy();
        for (int i = 0; i < batch.size(); i++) {
            Notification n = batch.get(i);
            if (outcomes.get(i) == null) {
                record(n, claimed -> claimed.undeliverable("the recipient is not one plain e-mail address", Instant.now(clock)));
                LOG.warnf("Notification %s (event %s) FAILED: its recipient is not one plain e-mail address", n.id(), n.eventId());
                continue;
            }
            try {
                outcomes.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                record(n, claimed -> claimed.sent(Instant.now(clock)));
                sent.increment();
            } catch (ExecutionException e) {
                String error = rootMessage(e);
                record(n, claimed -> claimed.attemptFailed(error, Instant.now(clock), policy));
                failedAttempts.increment();
            } catch (TimeoutException e) {
                // it may still arrive: recording a failure would send it again at once; the lease decides instead
                LOG.warnf("Notification %s (event %s) not confirmed within %s: sent again with the same Message-ID once its lease ends",
                        n.id(), n.eventId(), config.sendTimeout());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while sending", e);
            }
        }
        return batch.size();
    }

    /** Records one outcome in its own transaction, on the row as it is now. */
    private void record(Notification claimed, java.util.function.Consumer<Notification> outcome) {
        try {
            QuarkusTransaction.requiringNew().run(() -> log.findByIdOptional(claimed.id()).ifPresent(n -> {
                outcome.accept(n);
                if (n.status() == NotificationStatus.FAILED) {
                    failed.increment();
                    LOG.warnf("Notification %s (event %s) FAILED after %d attempts: %s", n.id(), n.eventId(), n.attempts(), n.lastError());
                }
            }));
        } catch (RuntimeException e) {
            // the database is away: the lease ends and the e-mail goes again, with the same Message-ID
            LOG.warnf("Outcome of notification %s not recorded (%s); its lease will end", claimed.id(), e.getMessage());
        }
    }

    /** The same for every attempt at one notification, so a receiving mail system drops a repeated copy. */
    String messageId(Notification n) {
        return "<" + n.id() + "@" + config.messageIdDomain() + ">";
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
                .addHeader("Message-ID", messageId(n))
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

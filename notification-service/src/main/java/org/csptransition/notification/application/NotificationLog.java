package org.csptransition.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.notification.domain.Notification;
import org.csptransition.notification.domain.NotificationStatus;
import org.csptransition.notification.domain.Viewer;
import org.csptransition.notification.persistence.NotificationRepository;
import org.csptransition.platform.http.ETags;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** N3 who was told what, when and in which language, for those who may see it; N2 the operator's retry of what failed. */
@ApplicationScoped
public class NotificationLog {

    /** A query parameter the log cannot read: an unknown status, or a continuation token it did not issue. */
    public static final String INVALID_QUERY = "INVALID_QUERY";

    private final NotificationRepository log;
    private final Clock clock;
    private final Event<Notifications.Enqueued> enqueued;
    private final ChangeAudit audit;

    NotificationLog(NotificationRepository log, Clock clock, Event<Notifications.Enqueued> enqueued, ChangeAudit audit) {
        this.audit = audit;
        this.log = log;
        this.clock = clock;
        this.enqueued = enqueued;
    }

    /** One page of the log, newest first, and the token of the next page ({@code null} on the last). */
    public record Page(List<Notification> items, String continuationToken) {
    }

    /**
     * The page after {@code continuationToken} (the first when absent) of what {@code viewer} may see, filtered by event
     * type, subject and status when given. An unknown status or a token this service did not issue is refused,
     * {@code INVALID_QUERY}, both at once when both are wrong.
     */
    @Transactional
    public Page page(Viewer viewer, String eventType, String subjectId, String status, int size, String continuationToken) {
        Cursor cursor = blank(continuationToken) ? null : Cursor.decode(continuationToken).orElse(null);
        NotificationStatus wanted = status(status);
        Outcome.refusedIf(!blank(continuationToken) && cursor == null, invalidQuery("continuationToken",
                        "continuationToken is not one this service issued"))
                .and(Outcome.refusedIf(wanted == null && !blank(status), invalidQuery("status",
                        "status must be one of " + Arrays.toString(NotificationStatus.values()))
                        .with("accepted", Arrays.stream(NotificationStatus.values()).map(Enum::name).toList())))
                .orThrow();
        List<Notification> items = log.page(viewer.recipientFilter(), blankToNull(eventType), blankToNull(subjectId), wanted,
                cursor == null ? null : cursor.createdAt(), cursor == null ? null : cursor.id(), size);
        Notification last = items.isEmpty() ? null : items.get(items.size() - 1);
        return new Page(items, items.size() < size ? null : new Cursor(last.createdAt(), last.id()).encode());
    }

    /** One notification, for its recipient tenant or the operator; to anyone else it does not exist. */
    @Transactional
    public Notification get(UUID id, Viewer viewer) {
        return log.findByIdOptional(id).filter(n -> viewer.sees(n.recipientTenantId()))
                .orElseThrow(() -> new RefusedException(Refusal.notFound("Notification", id)));
    }

    /**
     * N2: the operator sends a FAILED e-mail again, with a fresh set of attempts; anything else is refused. With
     * {@code ifMatch}, only while the notification is at that version (412 otherwise: the sender moved it meanwhile).
     */
    @Transactional
    public Notification retry(UUID id, String ifMatch) {
        Notification n = log.findByIdOptional(id).orElseThrow(() -> new RefusedException(Refusal.notFound("Notification", id)));
        ETags.checkIfMatch(ifMatch, n.version());
        int attemptsBefore = n.attempts();
        n.retry(Instant.now(clock)).orThrow();
        audit.retried(n, attemptsBefore);
        enqueued.fire(new Notifications.Enqueued(1));
        return n;
    }

    static Refusal invalidQuery(String parameter, String message) {
        return Refusal.malformed(INVALID_QUERY, parameter, message).with("parameter", parameter);
    }

    private static NotificationStatus status(String status) {
        return blank(status) ? null : Arrays.stream(NotificationStatus.values())
                .filter(s -> s.name().equals(status)).findFirst().orElse(null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value;
    }

    /** Where the next page starts: after this (createdAt, id). Opaque to clients. */
    record Cursor(Instant createdAt, UUID id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((createdAt.toString() + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        /** Empty for a token this service did not issue. */
        static Optional<Cursor> decode(String token) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
                return Optional.of(new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1])));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }
}

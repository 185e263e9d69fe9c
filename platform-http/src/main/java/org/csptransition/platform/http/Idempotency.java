package org.csptransition.platform.http;

import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for POSTs that create or decide something: the same key with the same body replays the first
 * response; the same key with another body is refused (422); the same key while the first request runs is refused (409).
 * The response is stored in the transaction of the effect itself, so a replay never contradicts what happened.
 * Keys are kept at least {@code platform.http.idempotency.retention} (24 h). Services using it add
 * {@code db/idempotency} to their Flyway locations.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration abandonedAfter;

    Idempotency(EntityManager entityManager, ObjectMapper json, Clock clock,
                @ConfigProperty(name = "platform.http.idempotency.abandoned-after", defaultValue = "PT1M") Duration abandonedAfter) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.abandonedAfter = abandonedAfter;
    }

    /**
     * Runs {@code action} in a new transaction, at most once per key; without a key it just runs it. The action's
     * {@code @Transactional} use case joins that transaction, which also stores the response for replays.
     */
    public Response run(UUID tenant, String operation, String key, Object request, Supplier<Created> action) {
        return run(tenant, operation, key, request, action, action);
    }

    /**
     * As {@link #run(UUID, String, String, Object, Supplier)}, for an action of several transactions: when the first
     * request with this key was abandoned part way (its process died or lost the database), {@code finishAbandoned}
     * runs instead of {@code action}, to finish what that request began and answer as it would have.
     */
    public Response run(UUID tenant, String operation, String key, Object request, Supplier<Created> action,
                        Supplier<Created> finishAbandoned) {
        if (key == null || key.isBlank()) {
            return QuarkusTransaction.requiringNew().call(action::get).toResponse(json);
        }
        if (key.length() > 255) {
            throw new RefusedException(Refusal.malformed("IDEMPOTENCY_KEY_INVALID", null, "The Idempotency-Key must be at most 255 characters"));
        }
        String hash = hash(operation, request);
        // The claim's time is also its token (PostgreSQL keeps microseconds): a request whose claim was taken over as
        // abandoned while it still ran must neither complete nor release the claim of the request that took it over.
        OffsetDateTime claimed = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        Claim claim = QuarkusTransaction.requiringNew().call(() -> claim(tenant, operation, key, hash, claimed));
        if (claim.earlier() != null) {
            return claim.earlier();
        }
        Supplier<Created> work = claim.takenOver() ? finishAbandoned : action;
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Created created = work.get();
                complete(tenant, operation, key, claimed, created);
                return created.toResponse(json);
            });
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> release(tenant, operation, key, claimed));
            throw e;
        }
    }

    /** What a creating request answered: status, body and, for a 201, its Location. */
    public record Created(int status, Object body, URI location) {

        Response toResponse(ObjectMapper json) {
            Response.ResponseBuilder builder = Response.status(status).entity(body).type(MediaType.APPLICATION_JSON);
            if (location != null) {
                builder.location(location);
            }
            return builder.build();
        }
    }

    /** The earlier answer to replay, or none: this request goes ahead, {@code takenOver} from an abandoned one. */
    private record Claim(Response earlier, boolean takenOver) {
    }

    private Claim claim(UUID tenant, String operation, String key, String hash, OffsetDateTime now) {
        int inserted = entityManager.createNativeQuery("""
                        INSERT INTO idempotency_key (tenant_id, operation, key, request_hash, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING""")
                .setParameter(1, tenant).setParameter(2, operation).setParameter(3, key).setParameter(4, hash)
                .setParameter(5, now).executeUpdate();
        if (inserted == 1) {
            return new Claim(null, false);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT request_hash, status, response_body, location, created_at FROM idempotency_key
                        WHERE tenant_id = ?1 AND operation = ?2 AND key = ?3 FOR UPDATE""")
                .setParameter(1, tenant).setParameter(2, operation).setParameter(3, key).getResultList();
        if (rows.isEmpty()) {
            return claim(tenant, operation, key, hash, now);
        }
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw new RefusedException(Refusal.invalid("IDEMPOTENCY_KEY_REUSED",
                    "This Idempotency-Key was used for a different request; use a new key for a new request"));
        }
        if (row[1] == null) {
            OffsetDateTime started = toOffsetDateTime(row[4]);
            if (started.plus(abandonedAfter).isBefore(now)) {
                entityManager.createNativeQuery("UPDATE idempotency_key SET created_at = ?4 WHERE tenant_id = ?1 AND operation = ?2 AND key = ?3")
                        .setParameter(1, tenant).setParameter(2, operation).setParameter(3, key).setParameter(4, now).executeUpdate();
                return new Claim(null, true);
            }
            throw new RefusedException(Refusal.conflict("IDEMPOTENCY_REQUEST_IN_PROGRESS",
                    "A request with this Idempotency-Key is still being processed; retry shortly"));
        }
        Response.ResponseBuilder replay = Response.status(((Number) row[1]).intValue())
                .entity(row[2]).type(MediaType.APPLICATION_JSON).header("Idempotent-Replayed", "true");
        if (row[3] != null) {
            replay.location(URI.create((String) row[3]));
        }
        return new Claim(replay.build(), false);
    }

    /** Stores the answer in the action's transaction; refuses (rolling the action back) when the claim is no longer ours. */
    private void complete(UUID tenant, String operation, String key, OffsetDateTime claimed, Created created) {
        int updated;
        try {
            updated = entityManager.createNativeQuery("""
                            UPDATE idempotency_key SET status = ?4, response_body = ?5, location = ?6, completed_at = ?7
                            WHERE tenant_id = ?1 AND operation = ?2 AND key = ?3 AND status IS NULL AND created_at = ?8""")
                    .setParameter(1, tenant).setParameter(2, operation).setParameter(3, key)
                    .setParameter(4, created.status()).setParameter(5, json.writeValueAsString(created.body()))
                    .setParameter(6, created.location() == null ? null : created.location().toString())
                    .setParameter(7, OffsetDateTime.now(clock)).setParameter(8, claimed).executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Response cannot be stored for replay", e);
        }
        if (updated != 1) {
            throw new RefusedException(Refusal.conflict("IDEMPOTENCY_REQUEST_IN_PROGRESS",
                    "A request with this Idempotency-Key is still being processed; retry shortly"));
        }
    }

    private void release(UUID tenant, String operation, String key, OffsetDateTime claimed) {
        entityManager.createNativeQuery("""
                        DELETE FROM idempotency_key
                        WHERE tenant_id = ?1 AND operation = ?2 AND key = ?3 AND status IS NULL AND created_at = ?4""")
                .setParameter(1, tenant).setParameter(2, operation).setParameter(3, key).setParameter(4, claimed).executeUpdate();
    }

    /** Deletes keys older than the retention; run by the owning service's scheduler. */
    public int purgeOlderThan(Duration retention) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?1")
                .setParameter(1, OffsetDateTime.now(clock).minus(retention)).executeUpdate());
    }

    private String hash(String operation, Object request) {
        try {
            byte[] body = json.writeValueAsBytes(request);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return HexFormat.of().formatHex(sha.digest(body));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Request cannot be hashed", e);
        }
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}

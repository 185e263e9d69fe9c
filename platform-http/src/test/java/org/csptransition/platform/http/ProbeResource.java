package org.csptransition.platform.http;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A resource that exists only in this module's tests, to exercise the HTTP conventions end to end. */
@Path("/probe/things")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProbeResource {

    /** Lets a test hold a request open, to see what a second request with the same key gets meanwhile. */
    static volatile CountDownLatch hold = new CountDownLatch(0);

    private final EntityManager entityManager;
    private final Idempotency idempotency;
    private final Caller caller;

    ProbeResource(EntityManager entityManager, Idempotency idempotency, Caller caller) {
        this.entityManager = entityManager;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    public record NewThing(@NotBlank String name) {
    }

    public record Thing(UUID id, String name, long version) {
    }

    @POST
    @RolesAllowed(Roles.ADMIN_AGENT)
    public Response create(@NotNull @Valid NewThing request, @HeaderParam(Idempotency.HEADER) String key) {
        return idempotency.run(caller.tenantId(), "probe.create", key, request, () -> {
            UUID id = UUID.randomUUID();
            entityManager.createNativeQuery("INSERT INTO probe_thing (id, tenant, name, version) VALUES (?1, ?2, ?3, 0)")
                    .setParameter(1, id).setParameter(2, caller.tenantId()).setParameter(3, request.name()).executeUpdate();
            await();
            return new Idempotency.Created(201, new Thing(id, request.name(), 0), URI.create("/probe/things/" + id));
        });
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN_AGENT)
    public Response rename(@PathParam("id") UUID id, @NotNull @Valid NewThing request, @HeaderParam("If-Match") String ifMatch) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var rows = entityManager.createNativeQuery("SELECT name, version FROM probe_thing WHERE id = ?1 FOR UPDATE")
                    .setParameter(1, id).getResultList();
            if (rows.isEmpty()) {
                throw new org.csptransition.kernel.RefusedException(org.csptransition.kernel.Refusal.notFound("Thing", id));
            }
            Object[] row = (Object[]) rows.get(0);
            long version = ((Number) row[1]).longValue();
            ETags.checkIfMatch(ifMatch, version);
            entityManager.createNativeQuery("UPDATE probe_thing SET name = ?2, version = version + 1 WHERE id = ?1")
                    .setParameter(1, id).setParameter(2, request.name()).executeUpdate();
            return Response.ok(new Thing(id, request.name(), version + 1)).tag(ETags.of(version + 1).replace("\"", "")).build();
        });
    }

    /** A read whose ETag the conditional-read filter computes from the body. */
    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN_AGENT)
    public Thing read(@PathParam("id") UUID id) {
        return find(id);
    }

    /** A read that sets its version as the ETag itself, as the services' versioned objects do. */
    @GET
    @Path("/{id}/versioned")
    @RolesAllowed(Roles.ADMIN_AGENT)
    public Response readVersioned(@PathParam("id") UUID id) {
        Thing thing = find(id);
        return Response.ok(thing).header("ETag", ETags.of(thing.version())).build();
    }

    /** An operation the tenant's bulk budget pays for. */
    @POST
    @Path("/bulk-renames")
    @Bulk
    @RolesAllowed(Roles.ADMIN_AGENT)
    @APIResponse(responseCode = "204", description = "Renamed")
    public Response bulkRename() {
        return Response.noContent().build();
    }

    private Thing find(UUID id) {
        var rows = entityManager.createNativeQuery("SELECT name, version FROM probe_thing WHERE id = ?1 AND tenant = ?2")
                .setParameter(1, id).setParameter(2, caller.tenantId()).getResultList();
        if (rows.isEmpty()) {
            throw new org.csptransition.kernel.RefusedException(org.csptransition.kernel.Refusal.notFound("Thing", id));
        }
        Object[] row = (Object[]) rows.get(0);
        return new Thing(id, (String) row[0], ((Number) row[1]).longValue());
    }

    private static void await() {
        try {
            hold.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

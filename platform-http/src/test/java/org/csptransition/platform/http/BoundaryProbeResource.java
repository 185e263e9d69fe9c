package org.csptransition.platform.http;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Endpoints that only this module's tests call, to see the boundary hold for every kind of input. */
@Path("/probe/boundary")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BoundaryProbeResource {

    private final Caller caller;

    BoundaryProbeResource(Caller caller) {
        this.caller = caller;
    }

    public record Dated(@NotNull @SingleLine String name, LocalDate since, Instant at) {
    }

    @POST
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.PROGRAM_OPERATOR})
    public Map<String, Object> echo(@NotNull @Valid Dated body) {
        return Map.of("name", body.name(), "user", caller.userId());
    }

    @GET
    @Path("/operator")
    @RolesAllowed(Roles.PROGRAM_OPERATOR)
    public Map<String, Object> operatorOnly(@QueryParam("q") String q) {
        return Map.of("operator", caller.isOperator(), "roles", caller.roles());
    }

    @GET
    @Path("/any")
    @RolesAllowed({Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.GLOBAL_ADMIN, Roles.PROGRAM_OPERATOR})
    public Map<String, Object> anyRole(@QueryParam("q") String q) {
        return Map.of("operator", caller.isOperator(), "q", q == null ? "" : q);
    }
}

package org.csptransition.platform.http;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.util.List;

/** Refuses in every way the kernel knows, so the one mapping can be seen from the outside. */
@Path("/probe/refusals")
@Produces(MediaType.APPLICATION_JSON)
public class RefusalProbeResource {

    @GET
    @Path("/{case}")
    @RolesAllowed(Roles.ADMIN_AGENT)
    public String refuse(@PathParam("case") String which) {
        Refusal tooMany = Refusal.invalid("PROBE_TOO_MANY", "quantity", "At most {max} seats").with("max", 300);
        Refusal busy = Refusal.conflict("PROBE_BUSY", "Thing {thing} is busy").with("thing", "t-1");
        Refusal untranslated = Refusal.conflict("PROBE_UNTRANSLATED", "Only in English");
        Refusal later = Refusal.notYetKnown("partner", "The partner is not known here yet");
        Refusal hidden = Refusal.notFound("Thing", "t-2");
        List<Refusal> refusals = switch (which) {
            case "invalid" -> List.of(tooMany);
            case "conflict-and-invalid" -> List.of(tooMany, busy, untranslated);
            case "not-yet-known" -> List.of(busy, later);
            case "not-found-wins" -> List.of(later, Refusal.forbidden("PROBE_NOT_YOURS", "Not yours"), hidden);
            default -> List.of();
        };
        Outcome.of(refusals).orThrow();
        return "\"allowed\"";
    }
}

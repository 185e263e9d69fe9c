package org.csptransition.relationship.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The security headers of the customer pages: no framing ({@code frame-ancestors 'none'}), no script at all, styles and
 * forms from this origin only, no referrer (the first URL carries the link's token), and nothing cached (the pages show a
 * customer's answer).
 */
public class PageHeaders {

    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    @ServerResponseFilter
    public void secure(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith("/customer")) {
            return;
        }
        var headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", CSP);
        headers.putSingle("X-Frame-Options", "DENY");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: no other site ever sees a page's URL, while the browser still sends the pages'
        // own Origin with a form post (under no-referrer it sends "Origin: null", which the CORS filter refuses, 403)
        headers.putSingle("Referrer-Policy", "same-origin");
        headers.putSingle("Cache-Control", "no-store");
    }
}

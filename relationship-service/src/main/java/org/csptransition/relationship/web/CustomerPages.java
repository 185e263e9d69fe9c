package org.csptransition.relationship.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.csptransition.kernel.Refusal;
import org.csptransition.kernel.RefusedException;
import org.csptransition.platform.http.Messages;
import org.csptransition.relationship.application.CustomerLinkAnswers;
import org.csptransition.relationship.application.CustomerLinks;
import org.csptransition.relationship.application.InvitationEmail;
import org.csptransition.relationship.config.RelationshipConfig;
import org.csptransition.relationship.domain.AgreementStatus;
import org.csptransition.relationship.domain.CustomerInvitationPolicy;
import org.csptransition.relationship.domain.CustomerLink;
import org.csptransition.relationship.domain.CustomerLinkAnswer;
import org.csptransition.relationship.domain.CustomerLinkPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * R4, R5 the pages a customer answers on, from the link in an e-mail: {@code GET /customer/links/{token}} opens the link
 * (a session cookie then holds it, and the browser goes on to {@code /customer/request} without the token), the customer
 * signs in, then accepts or declines; every refusal is a page with a 4xx status in the customer's language. Pages are not
 * part of the REST contract (kept out of the OpenAPI by {@code mp.openapi.scan.exclude.packages}); the use cases are the
 * REST API's own ({@link CustomerLinkAnswers}).
 */
@Path("/customer")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class CustomerPages {

    /** Codes of the pages themselves; their texts are in {@code messages/service*.properties} with the rules' codes. */
    public static final String PAGE_SESSION_MISSING = "PAGE_SESSION_MISSING";
    public static final String PAGE_FORM_INVALID = "PAGE_FORM_INVALID";
    public static final String PAGE_SIGN_IN_REQUIRED = "PAGE_SIGN_IN_REQUIRED";
    public static final String PAGE_SIGN_IN_INVALID = "PAGE_SIGN_IN_INVALID";
    public static final String PAGE_SIGN_IN_NOT_AVAILABLE = "PAGE_SIGN_IN_NOT_AVAILABLE";
    public static final String PAGE_SIGN_IN_WITHOUT_TENANT = "PAGE_SIGN_IN_WITHOUT_TENANT";

    static final String DEV = "dev";
    static final String OIDC_SIGN_IN = "/customer/sign-in/oidc";
    /** Quarkus OIDC's session cookie (quarkus.oidc.authentication.cookie-path=/customer), removed once the page session holds the sign-in. */
    private static final NewCookie OIDC_SESSION_GONE = new NewCookie.Builder("q_session").path("/customer").value("").maxAge(0)
            .httpOnly(true).build();
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private static final byte[] CSS = styleSheet();

    private final CustomerLinks links;
    private final CustomerLinkAnswers answers;
    private final PageSession sessions;
    private final Messages messages;
    private final RelationshipConfig config;
    private final Clock clock;
    private final SecurityIdentity identity;
    private final boolean identityProviderEnabled;
    private final Template request;
    private final Template outcome;
    private final Template problem;
    private final Template signIn;

    CustomerPages(CustomerLinks links, CustomerLinkAnswers answers, PageSession sessions, Messages messages, RelationshipConfig config,
                  Clock clock, SecurityIdentity identity,
                  @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false") boolean identityProviderEnabled,
                  @Location("pages/request.html") Template request, @Location("pages/outcome.html") Template outcome,
                  @Location("pages/problem.html") Template problem, @Location("pages/sign-in.html") Template signIn) {
        this.links = links;
        this.answers = answers;
        this.sessions = sessions;
        this.messages = messages;
        this.config = config;
        this.clock = clock;
        this.identity = identity;
        this.identityProviderEnabled = identityProviderEnabled;
        this.request = request;
        this.outcome = outcome;
        this.problem = problem;
        this.signIn = signIn;
    }

    /** The pages' one style sheet (the CSP allows styles from this origin only, and no inline style). */
    @GET
    @Path("/pages.css")
    @Produces("text/css;charset=UTF-8")
    public Response styles() {
        // the type named on the answer itself: the conditional-read filter would otherwise tag and send the bytes as JSON
        return Response.ok(CSS, "text/css;charset=UTF-8").build();
    }

    /** The link from the e-mail: remembered in the session, then the same page without the token in the URL. */
    @GET
    @Path("/links/{token}")
    public Response open(@PathParam("token") String token, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        CustomerLink link;
        try {
            link = links.byToken(token);
        } catch (RefusedException e) {
            return problem(e.decisive(), messages.resolve(acceptLanguage));
        }
        var open = CustomerLinkPolicy.checkOpen(link, Instant.now(clock));
        if (open.isRefused()) {
            return problem(open.refusals().get(0), locale(link.locale()));
        }
        return Response.seeOther(URI.create("/customer/request")).cookie(sessions.open(link.id())).build();
    }

    @GET
    @Path("/request")
    public Response show(@CookieParam(PageSession.COOKIE) String cookie, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<PageSession.State> state = sessions.read(cookie);
        if (state.isEmpty()) {
            return problem(missingSession(), messages.resolve(acceptLanguage));
        }
        return question(state.get(), acceptLanguage, null, 200);
    }

    @GET
    @Path("/sign-in")
    public Response signInPage(@CookieParam(PageSession.COOKIE) String cookie, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<PageSession.State> state = sessions.read(cookie);
        if (state.isEmpty()) {
            return problem(missingSession(), messages.resolve(acceptLanguage));
        }
        try {
            var question = answers.question(state.get().linkId());
            Locale locale = locale(question.link().locale());
            if (!DEV.equals(config.pages().signIn())) {
                if (!identityProviderEnabled) {
                    // no identity provider configured (quarkus.oidc.tenant-enabled=false, the default): say so on the page
                    return problem(new Refusal(Refusal.Kind.NOT_YET_KNOWN, PAGE_SIGN_IN_NOT_AVAILABLE,
                            "Sign-in through the identity provider is not configured", null, Map.of()), locale);
                }
                // the identity provider's sign-in: Quarkus OIDC's authorization code flow guards the next path
                return Response.seeOther(URI.create(OIDC_SIGN_IN)).build();
            }
            String tenant = question.link().customerTenantId().map(UUID::toString).orElse(UUID.randomUUID().toString());
            return html(200, signIn.data("csrf", sessions.csrf(state.get())).data("tenantId", tenant).data("message", null), locale);
        } catch (RefusedException e) {
            return problem(e.decisive(), messages.resolve(acceptLanguage));
        }
    }

    /**
     * The return from the identity provider (relationship.pages.sign-in=oidc). Quarkus OIDC runs the authorization code
     * flow for this one path ({@code quarkus.http.auth.permission.customer-sign-in} in application.properties: checked
     * before JAX-RS, so the provider's redirect is not turned into the REST API's 401 problem; the REST API keeps its bearer
     * tokens): a browser without an OIDC session is sent to the provider, and on its way back Quarkus exchanges the code,
     * verifies the ID token and redirects once more to this path without {@code code} and {@code state}. Then the ID token's tenant claim goes into
     * the page session, the OIDC session cookie is dropped (the page session is the one session of the pages), and the
     * browser goes back to the request. Whether the tenant is the link's customer is decided when the customer answers
     * ({@code CustomerLinkPolicy}), as for the dev sign-in.
     */
    @GET
    @Path("/sign-in/oidc")
    public Response identityProviderSignIn(@CookieParam(PageSession.COOKIE) String cookie,
                                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<PageSession.State> state = sessions.read(cookie);
        if (state.isEmpty()) {
            return problem(missingSession(), messages.resolve(acceptLanguage));
        }
        if (DEV.equals(config.pages().signIn())) {
            return problem(CustomerLinkPolicy.notFound(), messages.resolve(acceptLanguage));
        }
        Optional<UUID> tenant = Optional.empty();
        String user = null;
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken idToken) {
            tenant = uuid(idToken.getClaim(config.pages().tenantClaim()));
            user = firstText(idToken.getClaim("name"), idToken.getClaim("preferred_username"), idToken.getSubject());
        }
        if (tenant.isEmpty() || user == null) {
            try {
                Locale locale = locale(answers.question(state.get().linkId()).link().locale());
                // the OIDC session goes too, so that signing in again asks the provider again instead of reusing this token
                return Response.fromResponse(problem(Refusal.forbidden(PAGE_SIGN_IN_WITHOUT_TENANT, "The ID token names no tenant"),
                        locale)).cookie(OIDC_SESSION_GONE).build();
            } catch (RefusedException e) {
                return problem(e.decisive(), messages.resolve(acceptLanguage));
            }
        }
        return Response.seeOther(URI.create("/customer/request"))
                .cookie(sessions.signIn(state.get(), tenant.get(), user), OIDC_SESSION_GONE).build();
    }

    /** Signs out of the pages: the session keeps the link, nobody may answer until someone signs in again. */
    @POST
    @Path("/sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(@CookieParam(PageSession.COOKIE) String cookie, @FormParam("csrf") String csrf,
                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<PageSession.State> state = sessions.read(cookie);
        if (state.isEmpty()) {
            return problem(missingSession(), messages.resolve(acceptLanguage));
        }
        if (!sessions.csrfMatches(state.get(), csrf)) {
            return problem(formInvalid(), messages.resolve(acceptLanguage));
        }
        return Response.seeOther(URI.create("/customer/request")).cookie(sessions.signOut(state.get()), OIDC_SESSION_GONE).build();
    }

    /** The dev sign-in (relationship.pages.sign-in=dev): the tenant and a name, no password. Otherwise there is no such form. */
    @POST
    @Path("/sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response devSignIn(@CookieParam(PageSession.COOKIE) String cookie, @FormParam("csrf") String csrf,
                              @FormParam("tenantId") String tenantId, @FormParam("user") String user,
                              @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<PageSession.State> state = sessions.read(cookie);
        if (state.isEmpty()) {
            return problem(missingSession(), messages.resolve(acceptLanguage));
        }
        if (!DEV.equals(config.pages().signIn())) {
            return problem(CustomerLinkPolicy.notFound(), messages.resolve(acceptLanguage));
        }
        if (!sessions.csrfMatches(state.get(), csrf)) {
            return problem(formInvalid(), messages.resolve(acceptLanguage));
        }
        String name = user == null ? "" : user.strip();
        if (tenantId == null || !UUID_TEXT.matcher(tenantId.strip()).matches() || name.isEmpty() || name.length() > 200
                || name.chars().anyMatch(Character::isISOControl)) {
            var question = answers.question(state.get().linkId());
            Locale locale = locale(question.link().locale());
            return html(422, signIn.data("csrf", sessions.csrf(state.get())).data("tenantId", tenantId == null ? "" : tenantId)
                    .data("message", text(Refusal.invalid(PAGE_SIGN_IN_INVALID, "tenantId", "Sign-in not accepted"), locale)), locale);
        }
        return Response.seeOther(URI.create("/customer/request"))
                .cookie(sessions.signIn(state.get(), UUID.fromString(tenantId.strip()), name)).build();
    }

    @POST
    @Path("/request/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@CookieParam(PageSession.COOKIE) String cookie, @FormParam("csrf") String csrf,
                           @FormParam("companyName") String companyName, @FormParam("domain") String domain,
                           @FormParam("country") String country, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return answer(cookie, csrf, acceptLanguage, true, new CustomerInvitationPolicy.CustomerProfile(trim(companyName), trim(domain),
                trim(country)));
    }

    @POST
    @Path("/request/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@CookieParam(PageSession.COOKIE) String cookie, @FormParam("csrf") String csrf,
                            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return answer(cookie, csrf, acceptLanguage, false, null);
    }

    private Response answer(String cookie, String csrf, String acceptLanguage, boolean accept,
                            CustomerInvitationPolicy.CustomerProfile profile) {
        Optional<PageSession.State> found = sessions.read(cookie);
        if (found.isEmpty()) {
            return problem(missingSession(), messages.resolve(acceptLanguage));
        }
        PageSession.State state = found.get();
        if (!sessions.csrfMatches(state, csrf)) {
            return problem(formInvalid(), messages.resolve(acceptLanguage));
        }
        if (!state.signedIn()) {
            return problem(Refusal.unauthenticated(PAGE_SIGN_IN_REQUIRED, "Sign in first"), messages.resolve(acceptLanguage));
        }
        Locale locale = messages.resolve(acceptLanguage);
        try {
            var question = answers.question(state.linkId());
            locale = locale(question.link().locale());
            if (accept && question.newCustomer() && !validProfile(profile)) {
                return question(state, acceptLanguage, text(Refusal.invalid(CustomerInvitationPolicy.CUSTOMER_PROFILE_REQUIRED,
                        "companyName", "Profile required"), locale), 422);
            }
            UUID tenant = state.tenantId().orElseThrow();
            String user = state.user().orElse(null);
            var answered = accept ? answers.accept(state.linkId(), tenant, user, question.newCustomer() ? profile : null)
                    : answers.decline(state.linkId(), tenant, user);
            return outcome(answered, locale);
        } catch (RefusedException e) {
            return problem(e.decisive(), locale);
        }
    }

    private Response question(PageSession.State state, String acceptLanguage, String message, int status) {
        try {
            var q = answers.question(state.linkId());
            Locale locale = locale(q.link().locale());
            if (q.open().isRefused()) {
                return problem(q.open().refusals().get(0), locale);
            }
            String expiresOn = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .format(q.link().expiresAt().atZone(ZoneOffset.UTC).toLocalDate());
            TemplateInstance page = request.data("invitation", q.isInvitation()).data("resellerName", q.resellerName())
                    .data("providerName", q.providerName()).data("customerName", q.customerName()).data("newCustomer", q.newCustomer())
                    .data("templateId", q.agreementTemplateId()).data("expiresOn", expiresOn).data("signedIn", state.signedIn())
                    .data("user", state.user().orElse("")).data("tenantId", state.tenantId().map(UUID::toString).orElse(""))
                    .data("csrf", sessions.csrf(state)).data("message", message);
            return html(status, page, locale);
        } catch (RefusedException e) {
            return problem(e.decisive(), messages.resolve(acceptLanguage));
        }
    }

    private Response outcome(CustomerLinkAnswers.Answered answered, Locale locale) {
        PageMessages text = MessageBundles.get(PageMessages.class, Localized.Literal.of(locale.getLanguage()));
        var q = answered.question();
        String title = q.isInvitation() ? text.invitationTitle(q.resellerName(), q.providerName()) : text.agreementTitle();
        String done;
        String agreement = null;
        if (answered.answer() == CustomerLinkAnswer.DECLINED) {
            done = text.declined();
        } else if (q.isInvitation()) {
            done = text.invitationAccepted(q.resellerName(), q.providerName());
            agreement = answered.agreementStatus().map(s -> s == AgreementStatus.ACCEPTED ? text.agreementAccepted(q.providerName())
                    : text.agreementRequired(q.providerName())).orElse(null);
        } else {
            done = text.agreementAccepted(q.providerName());
        }
        return html(200, outcome.data("title", title).data("outcome", done).data("agreement", agreement), locale);
    }

    private Response problem(Refusal refusal, Locale locale) {
        return html(status(refusal), problem.data("code", refusal.code()).data("message", text(refusal, locale)), locale);
    }

    /** The status of a refusal on a page: as the REST API's, but an expired link is gone (410). */
    static int status(Refusal refusal) {
        if (CustomerLinkPolicy.LINK_EXPIRED.equals(refusal.code())) {
            return 410;
        }
        return switch (refusal.kind()) {
            case UNAUTHENTICATED -> 401;
            case MALFORMED -> 400;
            case NOT_FOUND -> 404;
            case FORBIDDEN -> 403;
            case STALE -> 412;
            case NOT_YET_KNOWN -> 503;
            case CONFLICT -> 409;
            case INVALID -> 422;
        };
    }

    /** The refusal's text in the page's language; a moment in it (when a link expired or was used) as people write it. */
    private String text(Refusal refusal, Locale locale) {
        Map<String, Object> values = new HashMap<>();
        refusal.context().forEach((name, value) -> values.put(name, value instanceof Instant moment
                ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG).withLocale(locale).format(moment.atZone(java.time.ZoneId.of("UTC")))
                : value));
        return messages.format(locale, refusal.code(), values, refusal.message());
    }

    private static Response html(int status, TemplateInstance page, Locale locale) {
        String body = page.data("lang", locale.toLanguageTag()).setAttribute("locale", locale).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Content-Language", locale.toLanguageTag())
                .entity(body).build();
    }

    /** The link's language (one of the four), as the partner's e-mail was written in it. */
    private static Locale locale(String linkLocale) {
        return Locale.forLanguageTag(InvitationEmail.supported(linkLocale));
    }

    private static boolean validProfile(CustomerInvitationPolicy.CustomerProfile profile) {
        return profile != null && profile.companyName() != null && !profile.companyName().isEmpty()
                && profile.companyName().length() <= 200 && profile.companyName().chars().noneMatch(Character::isISOControl)
                && profile.domain() != null && profile.domain().length() <= 255 && DOMAIN.matcher(profile.domain()).matches()
                && profile.country() != null && COUNTRY.matcher(profile.country()).matches();
    }

    private static Optional<UUID> uuid(Object claim) {
        String text = claim == null ? "" : claim.toString();
        return UUID_TEXT.matcher(text).matches() ? Optional.of(UUID.fromString(text)) : Optional.empty();
    }

    /** The first of the ID token's names that is a usable line of text (at most 200 characters). */
    private static String firstText(Object... values) {
        for (Object value : values) {
            String text = value == null ? "" : value.toString().strip();
            if (!text.isEmpty() && text.length() <= 200 && text.chars().noneMatch(Character::isISOControl)) {
                return text;
            }
        }
        return null;
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }

    private static byte[] styleSheet() {
        try (var in = CustomerPages.class.getResourceAsStream("/web/pages.css")) {
            return in.readAllBytes();
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("web/pages.css is part of the build", e);
        }
    }

    private static Refusal missingSession() {
        return Refusal.unauthenticated(PAGE_SESSION_MISSING, "No page session");
    }

    private static Refusal formInvalid() {
        return Refusal.forbidden(PAGE_FORM_INVALID, "CSRF token missing or wrong");
    }
}

package org.csptransition.notification.domain.webhook;

import org.csptransition.kernel.Outcome;
import org.csptransition.kernel.Refusal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * N4 outbound safety (SSRF): where a webhook may be sent. Checked when an endpoint is registered or changed, and again
 * before every attempt with the addresses the host resolves to then (a name may point elsewhere later).
 * <ul>
 *   <li>an absolute {@code https} URL with a host, no user info, no fragment, at most 2000 characters;</li>
 *   <li>never to a link-local (169.254.0.0/16 — cloud metadata — and fe80::/10), unspecified or multicast address;</li>
 *   <li>outside dev and test ({@code allowPrivate} false), never to a loopback, private (10/8, 172.16/12, 192.168/16,
 *   fc00::/7) or shared (100.64/10) address, and never over plain {@code http}.</li>
 * </ul>
 * Redirects are never followed (the sender's client has redirects off), so a target cannot hand the request on.
 */
public final class WebhookTargetPolicy {

    public static final String URL_INVALID = "WEBHOOK_URL_INVALID";
    public static final String TARGET_NOT_ALLOWED = "WEBHOOK_TARGET_NOT_ALLOWED";
    public static final String HOST_UNKNOWN = "WEBHOOK_HOST_UNKNOWN";
    public static final int MAX_URL = 2000;

    private WebhookTargetPolicy() {
    }

    /** The URL's form alone: what can be judged before resolving its host. */
    public static Outcome checkForm(String url, boolean allowPrivate) {
        URI uri = parse(url);
        if (uri == null || url.length() > MAX_URL || !uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            return urlInvalid("an absolute https URL with a host, without user info or fragment, of at most " + MAX_URL + " characters");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
            return urlInvalid("the URL must use https");
        }
        return Outcome.allowed();
    }

    /** The addresses its host resolves to: every one of them must be allowed. */
    public static Outcome checkAddresses(String host, List<InetAddress> addresses, boolean allowPrivate) {
        if (addresses.isEmpty()) {
            return Refusal.invalid(HOST_UNKNOWN, "url", "The host " + host + " does not resolve").with("host", host).outcome();
        }
        for (InetAddress address : addresses) {
            if (neverAllowed(address) || (!allowPrivate && isPrivate(address))) {
                return Refusal.invalid(TARGET_NOT_ALLOWED, "url",
                                "The host " + host + " resolves to " + address.getHostAddress() + ", an address webhooks are not sent to")
                        .with("host", host).with("address", address.getHostAddress()).outcome();
            }
        }
        return Outcome.allowed();
    }

    /** The URL's host, or {@code null} when it has none (checkForm refuses it). */
    public static String host(String url) {
        URI uri = parse(url);
        if (uri == null || uri.getHost() == null) {
            return null;
        }
        String host = uri.getHost();
        // an IPv6 literal comes bracketed
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    static boolean neverAllowed(InetAddress address) {
        return address.isLinkLocalAddress() || address.isAnyLocalAddress() || address.isMulticastAddress();
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            // 100.64.0.0/10, carrier-grade NAT: inside someone's network
            return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 0x40;
        }
        // fc00::/7, unique local IPv6
        return address instanceof Inet6Address && (b[0] & 0xfe) == 0xfc;
    }

    private static Outcome urlInvalid(String why) {
        return Refusal.malformed(URL_INVALID, "url", "The webhook URL is not allowed: " + why).outcome();
    }

    private static URI parse(String url) {
        try {
            return url == null ? null : new URI(url.trim());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}

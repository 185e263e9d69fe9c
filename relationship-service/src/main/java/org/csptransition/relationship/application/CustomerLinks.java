package org.csptransition.relationship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.csptransition.kernel.RefusedException;
import org.csptransition.relationship.domain.CustomerLink;
import org.csptransition.relationship.domain.CustomerLinkPolicy;
import org.csptransition.relationship.domain.CustomerLinkPurpose;
import org.csptransition.relationship.persistence.CustomerLinkRepository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * R4, R5 the links customers follow from an e-mail: 256 random bits as the token, of which only the SHA-256 is stored, so
 * neither the object id nor a copy of the table lets anyone answer. The page finds the link by the token once and then
 * holds the link's id in its signed session, so the token is not in any URL after the first request.
 */
@ApplicationScoped
public class CustomerLinks {

    /** 32 bytes, base64url without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CustomerLinkRepository links;
    private final Links urls;
    private final Clock clock;

    CustomerLinks(CustomerLinkRepository links, Links urls, Clock clock) {
        this.links = links;
        this.urls = urls;
        this.clock = clock;
    }

    /** A link just issued: the row, and the URL with the token (shown once: only its hash is kept). */
    public record Issued(CustomerLink link, String url) {
    }

    /** Issues a link in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Issued issue(CustomerLinkPurpose purpose, UUID subjectId, UUID customerTenantId, UUID providerTenantId, String locale,
                        Duration validity) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        CustomerLink link = CustomerLink.issue(UUID.randomUUID(), hash(token), purpose, subjectId, customerTenantId, providerTenantId,
                locale, Instant.now(clock), validity);
        links.persist(link);
        return new Issued(link, urls.customerPage(token));
    }

    /** The link a token names; a token that is malformed, tampered with or unknown is "not found", never more. */
    @Transactional
    public CustomerLink byToken(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw notFound();
        }
        return links.findByTokenHash(hash(token)).orElseThrow(CustomerLinks::notFound);
    }

    @Transactional
    public CustomerLink byId(UUID id) {
        return links.findByIdOptional(id).orElseThrow(CustomerLinks::notFound);
    }

    /** Locked for the answer, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    CustomerLink forAnswer(UUID id) {
        return links.findForUpdate(id).orElseThrow(CustomerLinks::notFound);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static RefusedException notFound() {
        return new RefusedException(CustomerLinkPolicy.notFound());
    }
}

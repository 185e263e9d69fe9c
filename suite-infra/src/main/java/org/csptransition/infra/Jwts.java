package org.csptransition.infra;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Development and test tokens: an RS256 key pair and bearer JWTs carrying {@code tid} (tenant), {@code roles}
 * and {@code sub}. Production verifies tokens of a real issuer; nothing here is used there.
 */
public final class Jwts {

    public static final String DEV_ISSUER = "https://csp-transition.local/dev";
    /** The audience every dev token names and every service checks ({@code mp.jwt.verify.audiences}). */
    public static final String DEV_AUDIENCE = "csp-transition-suite";
    /** The program owner's tenant in dev and tests: the only tenant whose ProgramOperator role counts there. */
    public static final UUID OPERATOR_TENANT = UUID.fromString("9ab6671b-3bd1-491a-8f74-dbfc455adfc0");

    private final KeyPair keyPair;

    private Jwts(KeyPair keyPair) {
        this.keyPair = keyPair;
    }

    /** A key pair that lives only as long as this JVM: for tests. */
    public static Jwts ephemeral() {
        return new Jwts(generate());
    }

    /** The local run's key pair, generated on first use and kept in {@code dir} (never committed). */
    public static Jwts loadOrCreate(Path dir) {
        Path privatePem = dir.resolve("jwt-private.pem");
        Path publicPem = dir.resolve("jwt-public.pem");
        try {
            if (Files.exists(privatePem) && Files.exists(publicPem)) {
                KeyFactory rsa = KeyFactory.getInstance("RSA");
                PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(decodePem(Files.readString(privatePem))));
                PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(decodePem(Files.readString(publicPem))));
                return new Jwts(new KeyPair(publicKey, privateKey));
            }
            KeyPair pair = generate();
            Files.createDirectories(dir);
            Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return new Jwts(pair);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable key pair in " + dir, e);
        }
    }

    /** The public key as PEM, the form {@code mp.jwt.verify.publickey} accepts. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", keyPair.getPublic().getEncoded());
    }

    public String token(UUID tenant, List<String> roles, String subject, Duration validity) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(DEV_ISSUER);
        claims.setAudience(DEV_AUDIENCE);
        claims.setSubject(subject);
        claims.setClaim("tid", tenant.toString());
        claims.setStringListClaim("roles", roles);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(validity.toSeconds() / 60f);
        claims.setGeneratedJwtId();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keyPair.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Token not signed", e);
        }
    }

    /** A token of the program operator: role ProgramOperator from {@link #OPERATOR_TENANT}. */
    public String operatorToken() {
        return token(OPERATOR_TENANT, List.of("ProgramOperator"), "operator@csp-program.example", Duration.ofHours(8));
    }

    public String token(UUID tenant, String... roles) {
        return token(tenant, List.of(roles), "user@" + tenant, Duration.ofHours(8));
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] decodePem(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").trim());
    }
}

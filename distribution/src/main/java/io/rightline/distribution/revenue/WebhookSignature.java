package io.rightline.distribution.revenue;

import io.rightline.distribution.problem.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpStatus;

/**
 * The webhook signature scheme: header {@code Rightline-Signature: t=<unix seconds>,v1=<hex>} where
 * {@code <hex>} is HMAC-SHA256, keyed with the provider's shared secret, over the bytes of
 * {@code "<t>." + raw body}. Several {@code v1} entries are allowed (secret rotation); one must match.
 *
 * <pre>{@code
 * String header = WebhookSignature.header(secret, Instant.now(), body);
 * WebhookSignature.verify(header, body, secret, clock.instant(), Duration.ofMinutes(5));
 * }</pre>
 */
public final class WebhookSignature {
    /** Name of the HTTP header carrying the signature. */
    public static final String HEADER = "Rightline-Signature";

    /** The signature is missing, malformed or does not match (401). */
    public static final String INVALID_SIGNATURE = "INVALID_SIGNATURE";

    /** The signed timestamp is further from the server's clock than the tolerance (401). */
    public static final String STALE_TIMESTAMP = "STALE_TIMESTAMP";

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {}

    /** The header value a provider sends for {@code body} signed at {@code timestamp}. */
    public static String header(String secret, Instant timestamp, byte[] body) {
        long seconds = timestamp.getEpochSecond();
        return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(hmac(secret, seconds, body));
    }

    /**
     * Checks {@code header} against {@code body}; returns normally when a {@code v1} signature matches
     * and the timestamp is within {@code tolerance} of {@code now}, else throws an {@link ApiException}
     * with {@link #INVALID_SIGNATURE} or {@link #STALE_TIMESTAMP}. The signature is checked first, so a
     * forger learns nothing about the clock.
     */
    public static void verify(String header, byte[] body, String secret, Instant now, Duration tolerance) {
        if (header == null || header.isBlank()) {
            throw invalid("missing " + HEADER + " header");
        }
        Long timestamp = null;
        boolean matched = false;
        byte[] expected = null;
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length != 2) {
                throw invalid("malformed " + HEADER + " header");
            }
            if (pair[0].equals("t")) {
                timestamp = parseTimestamp(pair[1]);
                expected = hmac(secret, timestamp, body);
            }
        }
        if (timestamp == null) {
            throw invalid(HEADER + " header has no timestamp");
        }
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair[0].equals("v1")) {
                matched |= MessageDigest.isEqual(expected, parseHex(pair[1]));
            }
        }
        if (!matched) {
            throw invalid("no signature in " + HEADER + " matches the body");
        }
        Duration skew = Duration.between(Instant.ofEpochSecond(timestamp), now).abs();
        if (skew.compareTo(tolerance) > 0) {
            throw new ApiException(
                    STALE_TIMESTAMP,
                    HttpStatus.UNAUTHORIZED,
                    "signature timestamp is " + skew.toSeconds() + " s away from the server clock, tolerance "
                            + tolerance.toSeconds() + " s");
        }
    }

    private static long parseTimestamp(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw invalid("signature timestamp is not a number");
        }
    }

    private static byte[] parseHex(String value) {
        try {
            return HexFormat.of().parseHex(value);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static byte[] hmac(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    private static ApiException invalid(String detail) {
        return new ApiException(INVALID_SIGNATURE, HttpStatus.UNAUTHORIZED, detail);
    }
}

package io.rightline.distribution.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rightline.distribution.problem.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    private static final String SECRET = "whsec-unit";
    private static final Duration TOLERANCE = Duration.ofSeconds(300);
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final byte[] BODY = "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);

    @Nested
    class Header {
        @Test
        void is_the_timestamp_and_the_hmac_sha256_of_timestamp_dot_body() {
            // the expected value was computed with openssl, not with this code:
            // printf '1700000000.{"id":"evt_1"}' | openssl dgst -sha256 -hmac whsec-unit
            String header = WebhookSignature.header(SECRET, Instant.ofEpochSecond(1_700_000_000L), BODY);

            assertThat(header).isEqualTo("t=1700000000,v1=" + OpensslReference.HMAC_OF_1700000000_EVT_1);
        }
    }

    @Nested
    class Verify {
        @Test
        void accepts_a_fresh_signature_over_the_exact_body() {
            String header = WebhookSignature.header(SECRET, NOW.minusSeconds(10), BODY);

            assertThatCode(() -> WebhookSignature.verify(header, BODY, SECRET, NOW, TOLERANCE))
                    .doesNotThrowAnyException();
        }

        @Test
        void rejects_a_changed_body_as_invalid_signature() {
            String header = WebhookSignature.header(SECRET, NOW, BODY);
            byte[] changed = "{\"id\":\"evt_2\"}".getBytes(StandardCharsets.UTF_8);

            assertCode(() -> WebhookSignature.verify(header, changed, SECRET, NOW, TOLERANCE), "INVALID_SIGNATURE");
        }

        @Test
        void rejects_a_signature_made_with_another_secret() {
            String header = WebhookSignature.header("other-secret", NOW, BODY);

            assertCode(() -> WebhookSignature.verify(header, BODY, SECRET, NOW, TOLERANCE), "INVALID_SIGNATURE");
        }

        @Test
        void rejects_a_timestamp_changed_after_signing() {
            String header = WebhookSignature.header(SECRET, NOW, BODY).replace("t=" + NOW.getEpochSecond(), "t=1");

            assertCode(() -> WebhookSignature.verify(header, BODY, SECRET, NOW, TOLERANCE), "INVALID_SIGNATURE");
        }

        @Test
        void rejects_a_valid_signature_older_than_the_tolerance_as_stale() {
            String header = WebhookSignature.header(SECRET, NOW.minusSeconds(301), BODY);

            assertCode(() -> WebhookSignature.verify(header, BODY, SECRET, NOW, TOLERANCE), "STALE_TIMESTAMP");
        }

        @Test
        void rejects_a_timestamp_too_far_in_the_future_as_stale() {
            String header = WebhookSignature.header(SECRET, NOW.plusSeconds(301), BODY);

            assertCode(() -> WebhookSignature.verify(header, BODY, SECRET, NOW, TOLERANCE), "STALE_TIMESTAMP");
        }

        @Test
        void accepts_the_edge_of_the_tolerance() {
            String header = WebhookSignature.header(SECRET, NOW.minusSeconds(300), BODY);

            assertThatCode(() -> WebhookSignature.verify(header, BODY, SECRET, NOW, TOLERANCE))
                    .doesNotThrowAnyException();
        }

        @Test
        void accepts_when_one_of_several_v1_signatures_matches() {
            String valid = WebhookSignature.header(SECRET, NOW, BODY);
            String header = valid.replace(",v1=", ",v1=" + "00".repeat(32) + ",v1=");

            assertThatCode(() -> WebhookSignature.verify(header, BODY, SECRET, NOW, TOLERANCE))
                    .doesNotThrowAnyException();
        }

        @Test
        void rejects_missing_malformed_and_unsigned_headers() {
            assertCode(() -> WebhookSignature.verify(null, BODY, SECRET, NOW, TOLERANCE), "INVALID_SIGNATURE");
            assertCode(() -> WebhookSignature.verify("garbage", BODY, SECRET, NOW, TOLERANCE), "INVALID_SIGNATURE");
            assertCode(
                    () -> WebhookSignature.verify("t=" + NOW.getEpochSecond(), BODY, SECRET, NOW, TOLERANCE),
                    "INVALID_SIGNATURE");
            assertCode(() -> WebhookSignature.verify("v1=abcd", BODY, SECRET, NOW, TOLERANCE), "INVALID_SIGNATURE");
            assertCode(
                    () -> WebhookSignature.verify(
                            "t=" + NOW.getEpochSecond() + ",v1=not-hex", BODY, SECRET, NOW, TOLERANCE),
                    "INVALID_SIGNATURE");
        }
    }

    private static void assertCode(Runnable verification, String code) {
        assertThatThrownBy(verification::run)
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    /** A value computed outside Java, so the test does not check the code against itself. */
    private static final class OpensslReference {
        static final String HMAC_OF_1700000000_EVT_1 =
                "5a582434c20ff17186f13d7fd63c26aa5c12ebe543dfa7575734146190df4828";
    }
}

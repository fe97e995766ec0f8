package io.rightline.distribution.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.rightline.distribution.ServerIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class IdentityTest extends ServerIntegrationTest {

    @Nested
    class GetMe {
        @ParameterizedTest
        @CsvSource({
            "creator, creator, user-creator, party-creator",
            "creator2, creator, user-creator2, party-creator2",
            "distributor, distributor, user-distributor, party-distributor",
            "collector, collector, user-collector, party-collector",
            "viewer, viewer, user-viewer, party-viewer",
            "auditor, auditor, user-auditor, party-auditor",
            "admin, admin, user-admin, party-platform"
        })
        void each_demo_users_token_reaches_me_with_their_roles_and_party(
                String username, String role, String userId, String partyId) {
            HttpResponse<String> response = get("/api/v1/me", bearer(username));

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode me = json(response);
            assertThat(me.path("userId").asString()).isEqualTo(userId);
            assertThat(me.path("username").asString()).isEqualTo(username);
            assertThat(me.path("roles").valueStream().map(JsonNode::asString).toList())
                    .containsExactly(role);
            assertThat(me.path("partyId").asString()).isEqualTo(partyId);
            assertThat(me.path("signingKey").path("algorithm").asString()).isEqualTo("ECDSA-P256-SHA256");
        }

        @Test
        void returns_the_public_key_only_and_the_same_one_on_every_call() {
            JsonNode first = json(get("/api/v1/me", bearer("auditor")));
            JsonNode second = json(get("/api/v1/me", bearer("auditor")));

            JsonNode key = first.path("signingKey");
            assertThat(key.propertyNames()).containsExactlyInAnyOrder("userId", "algorithm", "publicKeyBase64");
            assertThat(key.path("publicKeyBase64").asString())
                    .isEqualTo(second.path("signingKey").path("publicKeyBase64").asString());
        }

        @Test
        void without_a_token_is_a_401_problem() {
            HttpResponse<String> response = get("/api/v1/me", Map.of());

            JsonNode problem = assertProblem(response, 401, "AUTHENTICATION_REQUIRED");
            assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/me");
            assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        }

        @Test
        void token_signed_by_another_issuer_is_a_401_problem() throws JOSEException {
            String foreign = foreignToken("https://elsewhere.example", List.of("admin"));

            HttpResponse<String> response = get("/api/v1/me", Map.of("Authorization", "Bearer " + foreign));

            assertProblem(response, 401, "INVALID_TOKEN");
        }

        @Test
        void token_naming_this_issuer_but_signed_with_another_key_is_a_401_problem() throws JOSEException {
            String forged = foreignToken(ISSUER, List.of("admin"));

            HttpResponse<String> response = get("/api/v1/me", Map.of("Authorization", "Bearer " + forged));

            assertProblem(response, 401, "INVALID_TOKEN");
        }

        @Test
        void garbage_bearer_is_a_401_problem() {
            HttpResponse<String> response = get("/api/v1/me", Map.of("Authorization", "Bearer not-a-jwt"));

            assertProblem(response, 401, "INVALID_TOKEN");
        }
    }

    @Nested
    class AdminOnlyEndpoint {
        private static final String NOTICE =
                "{\"message\": \"m\", \"startsAt\": \"2030-01-01T00:00:00Z\", \"endsAt\": \"2030-01-01T01:00:00Z\"}";

        @Test
        void viewer_is_refused_with_a_403_problem() {
            Map<String, String> headers = new HashMap<>(bearer("viewer"));
            headers.put("Idempotency-Key", "viewer-attempt");

            HttpResponse<String> response = postJson("/api/v1/system/maintenance-notices", NOTICE, headers);

            assertProblem(response, 403, "ACCESS_DENIED");
        }

        @Test
        void creator_is_refused_with_a_403_problem() {
            Map<String, String> headers = new HashMap<>(bearer("creator"));
            headers.put("Idempotency-Key", "creator-attempt");

            HttpResponse<String> response = postJson("/api/v1/system/maintenance-notices", NOTICE, headers);

            assertProblem(response, 403, "ACCESS_DENIED");
        }
    }

    @Nested
    class PublicPages {
        @Test
        void health_and_openapi_need_no_token() {
            assertThat(get("/actuator/health", Map.of()).statusCode()).isEqualTo(200);
            assertThat(get("/v3/api-docs", Map.of()).statusCode()).isEqualTo(200);
        }

        @Test
        void issuer_publishes_its_openid_configuration() {
            HttpResponse<String> response = get("/.well-known/openid-configuration", Map.of());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response).path("issuer").asString()).isEqualTo(ISSUER);
        }
    }

    private static String foreignToken(String issuer, List<String> roles) throws JOSEException {
        RSAKey key = new RSAKeyGenerator(2048).keyID("foreign").generate();
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("user-admin")
                .claim(IdentityClaims.ROLES, roles)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .build();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}

package io.rightline.distribution.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.distribution.ServerIntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A person logs in with a password through the public console client (authorization code + PKCE). */
class AuthorizationCodeFlowTest extends ServerIntegrationTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");
    private static final String VERIFIER = "k3pXWm1cXvVbq0pTn0g8b8uJmTQ0pQyq3u1f9v7d2Xw";

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Nested
    class Login {
        @Test
        void demo_user_logs_in_and_the_token_carries_their_roles_and_party() throws Exception {
            String code = authorizationCode("distributor", "distributor-demo");

            String token = exchange(code);

            JsonNode me = json(get("/api/v1/me", Map.of("Authorization", "Bearer " + token)));
            assertThat(me.path("userId").asString()).isEqualTo("user-distributor");
            assertThat(me.path("partyId").asString()).isEqualTo("party-distributor");
            assertThat(me.path("roles").valueStream().map(JsonNode::asString).toList())
                    .containsExactly("distributor");
        }

        @Test
        void wrong_password_gets_no_code() throws Exception {
            HttpResponse<String> login = submitLogin("viewer", "not-the-password");

            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(login.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).contains("/login?error"));
        }
    }

    private String authorizationCode(String username, String password) throws Exception {
        HttpResponse<String> login = submitLogin(username, password);
        assertThat(login.statusCode()).isEqualTo(302);
        HttpResponse<String> authorize =
                fetch(URI.create(login.headers().firstValue("Location").orElseThrow()));
        assertThat(authorize.statusCode()).isEqualTo(302);
        String location = authorize.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(ISSUER + "/swagger-ui/oauth2-redirect.html");
        Matcher code = CODE.matcher(location);
        assertThat(code.find()).isTrue();
        return URLEncoder.encode(URLDecoder.decode(code.group(1), StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> submitLogin(String username, String password) throws Exception {
        HttpResponse<String> authorize = fetch(uri("/oauth2/authorize?response_type=code&client_id=rightline-console"
                + "&scope=openid%20api&redirect_uri=" + encode(ISSUER + "/swagger-ui/oauth2-redirect.html")
                + "&code_challenge=" + challenge() + "&code_challenge_method=S256"));
        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(authorize.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        HttpResponse<String> page = fetch(uri("/login"));
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String form =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        return browser.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String exchange(String code) {
        String form = "grant_type=authorization_code&client_id=rightline-console&code=" + code + "&redirect_uri="
                + encode(ISSUER + "/swagger-ui/oauth2-redirect.html") + "&code_verifier=" + VERIFIER;
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).path("access_token").asString();
    }

    private HttpResponse<String> fetch(URI target) throws Exception {
        URI absolute = target.isAbsolute() ? target : uri(target.toString());
        return browser.send(
                HttpRequest.newBuilder(absolute)
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String challenge() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(VERIFIER.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

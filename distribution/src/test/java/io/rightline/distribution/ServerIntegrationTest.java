package io.rightline.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the tests that run the whole server on a real embedded PostgreSQL. Every subclass uses the
 * same configuration, so they all share one application context (and one PostgreSQL).
 */
@SpringBootTest(
        classes = DistributionApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "rightline.postgres.port=0",
            "rightline.postgres.pool-size=4",
            "rightline.identity.embedded.issuer=" + ServerIntegrationTest.ISSUER,
            "rightline.custody.key=" + ServerIntegrationTest.CUSTODY_KEY
        })
public abstract class ServerIntegrationTest {
    /** Working folder of the test server, fresh per JVM so earlier runs do not leak in. */
    protected static final Path DATA_DIR =
            Path.of("target", "test-data", "server-" + ProcessHandle.current().pid());

    /** The {@code iss} of tokens minted by the test server's embedded issuer. */
    protected static final String ISSUER = "http://rightline.test";

    /** Key-encryption key of the test server: 32 bytes 0x00..0x1f, base64. */
    protected static final String CUSTODY_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void workingFolder(DynamicPropertyRegistry registry) {
        registry.add("rightline.data-dir", DATA_DIR::toString);
    }

    protected URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    protected HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    protected HttpResponse<String> postJson(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** An access token for a demo user, obtained with the user's {@code client_credentials} client. */
    protected String tokenFor(String username) {
        String clientId = "demo-" + username;
        String basic = Base64.getEncoder()
                .encodeToString((clientId + ":" + username + "-demo").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=api"))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request failed: " + response.statusCode() + " " + response.body());
        }
        return json(response).path("access_token").asString();
    }

    /** The Authorization header of a demo user. */
    protected Map<String, String> bearer(String username) {
        return Map.of("Authorization", "Bearer " + tokenFor(username));
    }

    /** Asserts an RFC 9457 problem response with the given status and stable code; returns its body. */
    protected static JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("code").asString()).isEqualTo(code);
        assertThat(problem.path("type").asString())
                .isEqualTo("https://rightline.io/problems/"
                        + code.toLowerCase(Locale.ROOT).replace('_', '-'));
        return problem;
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    protected static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + request.uri(), e);
        }
    }
}

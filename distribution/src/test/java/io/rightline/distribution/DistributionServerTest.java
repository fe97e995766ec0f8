package io.rightline.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class DistributionServerTest extends ServerIntegrationTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    @Autowired
    DataSource dataSource;

    @Nested
    class Health {
        @Test
        void reports_up_with_the_database_component() {
            HttpResponse<String> response = get("/actuator/health", Map.of());

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode health = json(response);
            assertThat(health.path("status").asString()).isEqualTo("UP");
            assertThat(health.path("components").path("db").path("status").asString())
                    .isEqualTo("UP");
        }
    }

    @Nested
    class OpenApi {
        @Test
        void serves_the_api_description_listing_the_system_endpoint() {
            HttpResponse<String> response = get("/v3/api-docs", Map.of());

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode paths = json(response).path("paths");
            assertThat(paths.has("/api/v1/system")).isTrue();
            assertThat(paths.path("/api/v1/system/maintenance-notices").has("post"))
                    .isTrue();
        }

        @Test
        void serves_the_swagger_ui_page() {
            HttpResponse<String> response = get("/swagger-ui/index.html", Map.of());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("swagger-ui");
        }
    }

    @Nested
    class Schema {
        @Test
        void flyway_created_the_distribution_schema_with_its_tables() {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);

            List<String> tables = jdbc.queryForList(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'distribution'"
                            + " ORDER BY table_name",
                    String.class);
            assertThat(tables).contains("flyway_schema_history", "idempotency_record", "outbox_event");
        }
    }

    @Nested
    class Problems {
        @Test
        void malformed_json_is_a_400_problem_with_its_code() {
            HttpResponse<String> response =
                    postJson("/api/v1/system/maintenance-notices", "{\"message\": ", headers("k-malformed"));

            assertProblem(response, 400, "MALFORMED_REQUEST_BODY");
        }

        @Test
        void unknown_route_is_a_404_problem() {
            HttpResponse<String> response = get("/no/such/route", Map.of());

            assertProblem(response, 404, "NOT_FOUND");
        }

        @Test
        void unknown_api_route_with_a_valid_token_is_a_404_problem() {
            HttpResponse<String> response = get("/api/v1/no-such-resource", authorization());

            assertProblem(response, 404, "NOT_FOUND");
        }

        @Test
        void wrong_method_is_a_405_problem() {
            HttpResponse<String> response = postJson("/api/v1/system", "{}", authorization());

            assertProblem(response, 405, "METHOD_NOT_ALLOWED");
        }

        @Test
        void invalid_fields_are_a_400_problem_naming_each_field() {
            HttpResponse<String> response = postJson(
                    "/api/v1/system/maintenance-notices",
                    "{\"message\": \"\", \"startsAt\": \"2030-01-01T00:00:00Z\"}",
                    headers("k-invalid"));

            JsonNode problem = assertProblem(response, 400, "VALIDATION_FAILED");
            assertThat(problem.path("errors").findValuesAsString("field"))
                    .containsExactlyInAnyOrder("message", "endsAt");
        }
    }

    @Nested
    class SystemInformation {
        @Test
        void reports_ledger_backend_database_and_data_directory() {
            HttpResponse<String> response = get("/api/v1/system", authorization());

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode info = json(response);
            assertThat(info.path("ledgerBackend").asString()).isEqualTo("embedded");
            assertThat(info.path("databaseProduct").asString()).isEqualTo("PostgreSQL");
            assertThat(info.path("databaseVersion").asString()).startsWith("18.");
            assertThat(info.path("dataDirectory").asString())
                    .isEqualTo(DATA_DIR.toAbsolutePath().normalize().toString());
            assertThat(info.path("version").asString()).isEqualTo("0.1.0-SNAPSHOT");
        }
    }

    @Nested
    class AnnounceMaintenance {
        private static final String NOTICE =
                "{\"message\": \"upgrade\", \"startsAt\": \"2030-01-01T00:00:00Z\", \"endsAt\": \"2030-01-01T01:00:00Z\"}";

        @Test
        void retried_request_replays_the_first_notice_without_a_second_outbox_event() {
            long before = outboxEvents();

            HttpResponse<String> first = postJson("/api/v1/system/maintenance-notices", NOTICE, headers("k-retry"));
            HttpResponse<String> retry = postJson("/api/v1/system/maintenance-notices", NOTICE, headers("k-retry"));

            assertThat(first.statusCode()).isEqualTo(201);
            assertThat(retry.statusCode()).isEqualTo(201);
            assertThat(first.headers().firstValue("Idempotent-Replayed")).contains("false");
            assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
            assertThat(json(retry).path("id").asString())
                    .isEqualTo(json(first).path("id").asString());
            assertThat(json(first).path("message").asString()).isEqualTo("upgrade");
            assertThat(outboxEvents()).isEqualTo(before + 1);
        }

        @Test
        void same_key_with_a_different_request_is_a_409_problem() {
            postJson("/api/v1/system/maintenance-notices", NOTICE, headers("k-reused"));

            HttpResponse<String> response = postJson(
                    "/api/v1/system/maintenance-notices", NOTICE.replace("upgrade", "other"), headers("k-reused"));

            assertProblem(response, 409, "IDEMPOTENCY_KEY_REUSED");
        }

        @Test
        void window_ending_before_it_starts_is_a_400_problem() {
            String reversed = NOTICE.replace("01:00:00Z", "00:00:00Z");

            HttpResponse<String> response =
                    postJson("/api/v1/system/maintenance-notices", reversed, headers("k-window"));

            assertProblem(response, 400, "MAINTENANCE_WINDOW_INVALID");
        }

        @Test
        void missing_idempotency_key_is_a_400_problem() {
            HttpResponse<String> response = postJson("/api/v1/system/maintenance-notices", NOTICE, authorization());

            assertProblem(response, 400, "MISSING_REQUEST_HEADER");
        }
    }

    /** Headers of an authorised operator request carrying an idempotency key. */
    protected Map<String, String> headers(String idempotencyKey) {
        Map<String, String> headers = new HashMap<>(authorization());
        headers.put("Idempotency-Key", idempotencyKey);
        return headers;
    }

    /** Credentials of the operator who may call every endpoint used here. */
    protected Map<String, String> authorization() {
        return bearer("admin");
    }

    private long outboxEvents() {
        Long count = new JdbcTemplate(dataSource)
                .queryForObject("SELECT count(*) FROM distribution.outbox_event", Long.class);
        return count == null ? 0 : count;
    }
}

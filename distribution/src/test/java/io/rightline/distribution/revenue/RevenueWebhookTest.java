package io.rightline.distribution.revenue;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.wiremock.webhooks.Webhooks.webhook;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import io.rightline.distribution.ServerIntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class RevenueWebhookTest extends ServerIntegrationTest {
    /** Must equal rightline.revenue.webhook-secrets.demo-pay in src/test/resources/config/application.yml. */
    private static final String SECRET = "whsec-test-0123456789abcdef";

    private static final String PATH = "/api/v1/revenue/webhooks/demo-pay";

    /** Plays the payment provider: a trigger call makes it POST a signed event to this server. */
    private static WireMockServer provider;

    @Autowired
    DataSource dataSource;

    @BeforeAll
    static void startProvider() {
        provider = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        provider.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.stop();
    }

    @Nested
    class DeliveredByTheProvider {
        @Test
        void a_signed_subscription_payment_is_stored_with_its_tax_evidence_and_an_outbox_row() throws Exception {
            String id = "evt_" + UUID.randomUUID();
            String body = event(id, "subscription_payment", "DE", "EUR", 999);
            long outboxBefore = outboxRowsFor(id);

            triggerDelivery(id, body, WebhookSignature.header(SECRET, Instant.now(), bytes(body)));

            Map<String, Object> row = awaitRow(id);
            assertThat(row)
                    .containsEntry("event_type", "SUBSCRIPTION_PAYMENT")
                    .containsEntry("territory", "DE")
                    .containsEntry("currency", "EUR")
                    .containsEntry("amount_minor", 999L)
                    .containsEntry("billing_country", "DE")
                    .containsEntry("ip_country", "AT")
                    .containsEntry("payment_country", "FR");
            assertThat(outboxRowsFor(id)).isEqualTo(outboxBefore + 1);
        }

        @Test
        void a_redelivered_event_is_answered_with_the_stored_record_and_counted_once() throws Exception {
            String id = "evt_" + UUID.randomUUID();
            String body = event(id, "ad_revenue", "JP", "JPY", 12_000);
            triggerDelivery(id, body, WebhookSignature.header(SECRET, Instant.now(), bytes(body)));
            awaitRow(id);

            HttpResponse<String> replay = deliver(body, WebhookSignature.header(SECRET, Instant.now(), bytes(body)));

            assertThat(replay.statusCode()).isEqualTo(200);
            assertThat(json(replay).path("amountMinor").asLong()).isEqualTo(12_000);
            assertThat(json(replay).path("currency").asString()).isEqualTo("JPY");
            assertThat(rowsFor(id)).isEqualTo(1);
            assertThat(outboxRowsFor(id)).isEqualTo(1);
        }
    }

    @Nested
    class Receive {
        @Test
        void a_new_event_is_201_with_the_stored_record() {
            String id = "evt_" + UUID.randomUUID();
            String body = event(id, "pay_per_view_purchase", "BR", "BRL", 2_990);

            HttpResponse<String> response = deliver(body, sign(body));

            assertThat(response.statusCode()).isEqualTo(201);
            JsonNode event = json(response);
            assertThat(event.path("type").asString()).isEqualTo("PAY_PER_VIEW_PURCHASE");
            assertThat(event.path("territory").asString()).isEqualTo("BR");
            assertThat(rowsFor(id)).isEqualTo(1);
        }

        @Test
        void the_same_id_with_another_payload_is_a_409_and_the_first_stays() {
            String id = "evt_" + UUID.randomUUID();
            String first = event(id, "subscription_payment", "DE", "EUR", 999);
            String second = event(id, "subscription_payment", "DE", "EUR", 1_999);
            deliver(first, sign(first));

            HttpResponse<String> response = deliver(second, sign(second));

            assertProblem(response, 409, "EVENT_ID_CONFLICT");
            assertThat(jdbc().queryForObject(
                                    "SELECT amount_minor FROM distribution.revenue_event WHERE event_id = ?",
                                    Long.class,
                                    id))
                    .isEqualTo(999L);
            assertThat(outboxRowsFor(id)).isEqualTo(1);
        }

        @Test
        void a_bad_signature_is_a_401_and_nothing_is_stored() {
            String id = "evt_" + UUID.randomUUID();
            String body = event(id, "subscription_payment", "DE", "EUR", 999);
            String forged = WebhookSignature.header("not-the-secret", Instant.now(), bytes(body));

            assertProblem(deliver(body, forged), 401, "INVALID_SIGNATURE");
            assertProblem(deliver(body, null), 401, "INVALID_SIGNATURE");
            assertThat(rowsFor(id)).isZero();
            assertThat(outboxRowsFor(id)).isZero();
        }

        @Test
        void a_stale_timestamp_is_a_401_and_nothing_is_stored() {
            String id = "evt_" + UUID.randomUUID();
            String body = event(id, "subscription_payment", "DE", "EUR", 999);
            String old = WebhookSignature.header(SECRET, Instant.now().minusSeconds(600), bytes(body));

            assertProblem(deliver(body, old), 401, "STALE_TIMESTAMP");
            assertThat(rowsFor(id)).isZero();
        }

        @Test
        void an_unknown_territory_is_a_400() {
            String id = "evt_" + UUID.randomUUID();
            String body = event(id, "subscription_payment", "QQ", "EUR", 999);

            assertProblem(deliver(body, sign(body)), 400, "UNKNOWN_TERRITORY");
            assertThat(rowsFor(id)).isZero();
        }

        @Test
        void an_unknown_billing_country_is_a_400() {
            String id = "evt_" + UUID.randomUUID();
            String body = event(id, "subscription_payment", "DE", "EUR", 999)
                    .replace("\"billingCountry\": \"DE\"", "\"billingCountry\": \"ZZ\"");

            assertProblem(deliver(body, sign(body)), 400, "UNKNOWN_TERRITORY");
            assertThat(rowsFor(id)).isZero();
        }

        @Test
        void an_unknown_currency_or_one_without_minor_units_is_a_400() {
            String unknown = event("evt_" + UUID.randomUUID(), "subscription_payment", "DE", "EUX", 999);
            String noMinorUnit = event("evt_" + UUID.randomUUID(), "subscription_payment", "DE", "XAU", 999);

            assertProblem(deliver(unknown, sign(unknown)), 400, "UNKNOWN_CURRENCY");
            assertProblem(deliver(noMinorUnit, sign(noMinorUnit)), 400, "UNKNOWN_CURRENCY");
        }

        @Test
        void a_non_positive_amount_is_a_400() {
            String body = event("evt_" + UUID.randomUUID(), "subscription_payment", "DE", "EUR", 0);

            assertProblem(deliver(body, sign(body)), 400, "INVALID_AMOUNT");
        }

        @Test
        void malformed_json_with_a_valid_signature_is_a_400() {
            String body = "{\"id\": \"evt_broken\", ";

            assertProblem(deliver(body, sign(body)), 400, "MALFORMED_REQUEST_BODY");
            assertThat(rowsFor("evt_broken")).isZero();
        }

        @Test
        void an_unconfigured_provider_is_a_404() {
            String body = event("evt_" + UUID.randomUUID(), "ad_revenue", "DE", "EUR", 1);

            HttpResponse<String> response =
                    postJson("/api/v1/revenue/webhooks/unknown-pay", body, Map.of(WebhookSignature.HEADER, sign(body)));

            assertProblem(response, 404, "UNKNOWN_PROVIDER");
        }
    }

    private void triggerDelivery(String id, String body, String signature) {
        String trigger = "/test-helpers/deliver/" + id;
        provider.stubFor(post(trigger)
                .willReturn(ok())
                .withServeEventListener(
                        "webhook",
                        webhook()
                                .withMethod(RequestMethod.POST)
                                .withUrl(uri(PATH).toString())
                                .withHeader("Content-Type", "application/json")
                                .withHeader(WebhookSignature.HEADER, signature)
                                .withBody(body)));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(provider.baseUrl() + trigger))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    private Map<String, Object> awaitRow(String id) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            var rows = jdbc().queryForList("SELECT * FROM distribution.revenue_event WHERE event_id = ?", id);
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the provider's webhook for " + id + " was not stored within 10 s");
    }

    private HttpResponse<String> deliver(String body, String signature) {
        Map<String, String> headers = signature == null ? Map.of() : Map.of(WebhookSignature.HEADER, signature);
        return postJson(PATH, body, headers);
    }

    private static String sign(String body) {
        return WebhookSignature.header(SECRET, Instant.now(), bytes(body));
    }

    private static String event(String id, String type, String territory, String currency, long amountMinor) {
        return "{\"id\": \"" + id + "\", \"type\": \"" + type + "\", \"territory\": \"" + territory
                + "\", \"currency\": \"" + currency + "\", \"amountMinor\": " + amountMinor
                + ", \"occurredAt\": \"2026-11-20T10:00:00Z\", \"taxEvidence\": {\"billingCountry\": \"" + territory
                + "\", \"ipCountry\": \"AT\", \"paymentCountry\": \"FR\"}}";
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private long rowsFor(String id) {
        return jdbc().queryForObject(
                        "SELECT count(*) FROM distribution.revenue_event WHERE event_id = ?", Long.class, id);
    }

    private long outboxRowsFor(String id) {
        return jdbc().queryForObject(
                        "SELECT count(*) FROM distribution.outbox_event WHERE aggregate_id = ?",
                        Long.class,
                        "demo-pay/" + id);
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }
}

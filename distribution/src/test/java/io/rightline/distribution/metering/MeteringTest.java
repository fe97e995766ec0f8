package io.rightline.distribution.metering;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.distribution.ServerIntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class MeteringTest extends ServerIntegrationTest {
    private static final String SENT_AT = "2026-11-23T12:00:00Z";

    @Autowired
    DataSource dataSource;

    @Autowired
    Metering metering;

    @Autowired
    IdleSessionSweep sweep;

    @Nested
    class OpenSession {
        @Test
        void viewer_opens_a_session_that_is_stored_open() {
            HttpResponse<String> response = postJson(
                    "/api/v1/metering/sessions",
                    "{\"workId\": \"work-open\", \"contentType\": \"music\", \"territory\": \"DE\"}",
                    bearer("viewer"));

            assertThat(response.statusCode()).isEqualTo(201);
            JsonNode session = json(response);
            assertThat(session.path("viewerId").asString()).isEqualTo("user-viewer");
            assertThat(session.path("territory").asString()).isEqualTo("DE");
            assertThat(session.path("contentType").asString()).isEqualTo("MUSIC");
            assertThat(jdbc().queryForObject(
                                    "SELECT count(*) FROM distribution.play_session WHERE id = ?::uuid AND closed_at IS NULL",
                                    Long.class,
                                    session.path("id").asString()))
                    .isEqualTo(1L);
        }

        @Test
        void unknown_territory_is_a_400_problem_and_nothing_is_stored() {
            long before = count("distribution.play_session");

            HttpResponse<String> response = postJson(
                    "/api/v1/metering/sessions",
                    "{\"workId\": \"work-x\", \"contentType\": \"music\", \"territory\": \"XY\"}",
                    bearer("viewer"));

            assertProblem(response, 400, "UNKNOWN_TERRITORY");
            assertThat(count("distribution.play_session")).isEqualTo(before);
        }

        @Test
        void unknown_content_type_is_a_400_problem() {
            HttpResponse<String> response = postJson(
                    "/api/v1/metering/sessions",
                    "{\"workId\": \"work-x\", \"contentType\": \"hologram\", \"territory\": \"DE\"}",
                    bearer("viewer"));

            assertProblem(response, 400, "UNKNOWN_CONTENT_TYPE");
        }

        @Test
        void a_creator_is_refused() {
            HttpResponse<String> response = postJson(
                    "/api/v1/metering/sessions",
                    "{\"workId\": \"work-x\", \"contentType\": \"music\", \"territory\": \"DE\"}",
                    bearer("creator"));

            assertProblem(response, 403, "ACCESS_DENIED");
        }
    }

    @Nested
    class Heartbeats {
        @Test
        void stores_a_batch_and_reports_a_resent_batch_as_duplicates_without_counting_twice() {
            UUID session = openAsViewer("work-hb");
            String batch = batch(session, 0, 3, 10);
            Map<String, String> auth = bearer("viewer");

            JsonNode first = json(postJson("/api/v1/metering/heartbeats", batch, auth));
            JsonNode second = json(postJson("/api/v1/metering/heartbeats", batch, auth));

            assertThat(first.path("accepted").asInt()).isEqualTo(3);
            assertThat(second.path("accepted").asInt()).isZero();
            assertThat(second.path("duplicates").asInt()).isEqualTo(3);
            assertThat(second.path("items").get(0).path("status").asString()).isEqualTo("DUPLICATE");
            assertThat(heartbeatsOf(session)).isEqualTo(3);
        }

        @Test
        void a_sequence_repeated_inside_one_batch_is_stored_once() {
            UUID session = openAsViewer("work-hb-repeat");
            String item = item(session, 7, 10);

            JsonNode result =
                    json(postJson("/api/v1/metering/heartbeats", "[" + item + "," + item + "]", bearer("viewer")));

            assertThat(result.path("accepted").asInt()).isEqualTo(1);
            assertThat(result.path("duplicates").asInt()).isEqualTo(1);
            assertThat(heartbeatsOf(session)).isEqualTo(1);
        }

        @Test
        void bad_items_are_rejected_one_by_one_while_the_rest_is_stored() {
            UUID open = openAsViewer("work-mixed");
            UUID closed = openAsViewer("work-mixed-closed");
            metering.close("user-viewer", closed);
            String body = "["
                    + item(open, 0, 10) + ","
                    + item(closed, 0, 10) + ","
                    + item(UUID.randomUUID(), 0, 10) + ","
                    + "{\"sessionId\": \"not-a-uuid\", \"sequence\": 0, \"positionMs\": 0, \"secondsPlayed\": 1,"
                    + " \"sentAt\": \"" + SENT_AT + "\"},"
                    + item(open, 1, -5) + ","
                    + item(open, 2, 10) + "]";

            HttpResponse<String> response = postJson("/api/v1/metering/heartbeats", body, bearer("viewer"));

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode items = json(response).path("items");
            assertThat(items.valueStream()
                            .map(i -> i.path("status").asString() + ":"
                                    + i.path("code").asString(""))
                            .toList())
                    .containsExactly(
                            "ACCEPTED:",
                            "REJECTED:SESSION_CLOSED",
                            "REJECTED:UNKNOWN_SESSION",
                            "REJECTED:INVALID_HEARTBEAT",
                            "REJECTED:INVALID_HEARTBEAT",
                            "ACCEPTED:");
            assertThat(heartbeatsOf(open)).isEqualTo(2);
            assertThat(heartbeatsOf(closed)).isZero();
        }

        @Test
        void another_viewers_session_is_rejected() {
            PlaySession foreign = metering.open("user-someone-else", new OpenSessionRequest("work-f", "music", "FR"));

            HeartbeatBatchResult result = metering.ingest("user-viewer", List.of(heartbeat(foreign.id(), 0, 10)));

            assertThat(result.items()).extracting(HeartbeatResult::code).containsExactly("NOT_SESSION_VIEWER");
            assertThat(heartbeatsOf(foreign.id())).isZero();
        }

        @Test
        void malformed_json_is_a_400_problem_and_nothing_is_stored() {
            UUID session = openAsViewer("work-malformed");
            String truncated = batch(session, 0, 2, 10).substring(0, 40);

            HttpResponse<String> response = postJson("/api/v1/metering/heartbeats", truncated, bearer("viewer"));

            assertProblem(response, 400, "MALFORMED_REQUEST_BODY");
            assertThat(heartbeatsOf(session)).isZero();
        }

        @Test
        void a_batch_over_the_limit_is_a_400_problem() {
            UUID session = openAsViewer("work-big");

            HttpResponse<String> response =
                    postJson("/api/v1/metering/heartbeats", batch(session, 0, 501, 1), bearer("viewer"));

            assertProblem(response, 400, "BATCH_TOO_LARGE");
            assertThat(heartbeatsOf(session)).isZero();
        }

        @Test
        void heartbeats_land_in_the_partition_of_the_session_month() {
            UUID session = openAsViewer("work-partition");
            postJson("/api/v1/metering/heartbeats", batch(session, 0, 1, 10), bearer("viewer"));

            String partition = jdbc().queryForObject(
                            "SELECT tableoid::regclass::text FROM distribution.heartbeat WHERE session_id = ?",
                            String.class,
                            session);

            Instant startedAt = metering.session(session).orElseThrow().startedAt();
            String month =
                    MeteringStore.monthOf(startedAt).toString().substring(0, 7).replace('-', '_');
            assertThat(partition).isEqualTo("distribution.heartbeat_" + month);
        }
    }

    @Nested
    class Close {
        @Test
        void aggregates_distinct_heartbeats_into_a_qualified_play_record() {
            UUID session = openAsViewer("work-close");
            postJson("/api/v1/metering/heartbeats", batch(session, 0, 4, 10), bearer("viewer"));
            postJson("/api/v1/metering/heartbeats", batch(session, 2, 4, 10), bearer("viewer"));

            HttpResponse<String> response =
                    postJson("/api/v1/metering/sessions/" + session + "/close", "", bearer("viewer"));

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode record = json(response);
            assertThat(record.path("heartbeatCount").asInt()).isEqualTo(6);
            assertThat(record.path("secondsPlayed").asLong()).isEqualTo(60);
            assertThat(record.path("qualified").asBoolean()).isTrue();
            assertThat(jdbc().queryForObject(
                                    "SELECT seconds_played FROM distribution.play_record WHERE session_id = ?",
                                    Long.class,
                                    session))
                    .isEqualTo(60L);
        }

        @Test
        void a_play_under_30_seconds_is_recorded_but_not_qualified() {
            UUID session = openAsViewer("work-short");
            postJson("/api/v1/metering/heartbeats", batch(session, 0, 2, 14), bearer("viewer"));

            PlayRecord record = metering.close("user-viewer", session);

            assertThat(record.secondsPlayed()).isEqualTo(28);
            assertThat(record.qualified()).isFalse();
        }

        @Test
        void closing_twice_returns_the_same_record_and_stores_one() {
            UUID session = openAsViewer("work-twice");
            postJson("/api/v1/metering/heartbeats", batch(session, 0, 1, 40), bearer("viewer"));

            JsonNode first = json(postJson("/api/v1/metering/sessions/" + session + "/close", "", bearer("viewer")));
            JsonNode second = json(postJson("/api/v1/metering/sessions/" + session + "/close", "", bearer("viewer")));

            assertThat(second).isEqualTo(first);
            assertThat(jdbc().queryForObject(
                                    "SELECT count(*) FROM distribution.play_record WHERE session_id = ?",
                                    Long.class,
                                    session))
                    .isEqualTo(1L);
        }

        @Test
        void heartbeats_after_close_are_rejected_and_do_not_change_the_record() {
            UUID session = openAsViewer("work-late");
            postJson("/api/v1/metering/heartbeats", batch(session, 0, 1, 40), bearer("viewer"));
            postJson("/api/v1/metering/sessions/" + session + "/close", "", bearer("viewer"));

            JsonNode late = json(postJson("/api/v1/metering/heartbeats", batch(session, 1, 1, 40), bearer("viewer")));

            assertThat(late.path("items").get(0).path("code").asString()).isEqualTo("SESSION_CLOSED");
            assertThat(metering.playRecord(session).orElseThrow().secondsPlayed())
                    .isEqualTo(40);
            assertThat(heartbeatsOf(session)).isEqualTo(1);
        }

        @Test
        void unknown_session_is_a_404_problem() {
            HttpResponse<String> response =
                    postJson("/api/v1/metering/sessions/" + UUID.randomUUID() + "/close", "", bearer("viewer"));

            assertProblem(response, 404, "UNKNOWN_SESSION");
        }
    }

    @Nested
    class Sweep {
        @Test
        void closes_sessions_idle_since_the_cutoff_into_play_records_and_leaves_active_ones_open() {
            String viewer = "user-sweep-" + UUID.randomUUID();
            PlaySession idle = metering.open(viewer, new OpenSessionRequest("work-idle", "podcast", "NL"));
            metering.ingest(viewer, List.of(heartbeat(idle.id(), 0, 35)));

            int closedBefore = sweep.closeIdleSince(Instant.now().minusSeconds(3600));
            assertThat(metering.session(idle.id()).orElseThrow().closed()).isFalse();
            int closed = sweep.closeIdleSince(Instant.now().plusSeconds(1));

            assertThat(closedBefore).isZero();
            assertThat(closed).isGreaterThanOrEqualTo(1);
            PlayRecord record = metering.playRecord(idle.id()).orElseThrow();
            assertThat(record.secondsPlayed()).isEqualTo(35);
            assertThat(record.qualified()).isTrue();
            assertThat(metering.session(idle.id()).orElseThrow().closed()).isTrue();
        }
    }

    @Nested
    class Flags {
        @Test
        void plays_over_the_daily_cap_are_flagged_and_kept() {
            String viewer = "user-cap-" + UUID.randomUUID();
            List<PlayRecord> records = new ArrayList<>();
            for (int play = 0; play < 4; play++) {
                records.add(play(viewer, "work-cap-" + play, 100, 120));
            }

            assertThat(records).extracting(PlayRecord::secondsPlayed).containsOnly(12_000L);
            assertThat(records)
                    .extracting(r -> r.flags().contains(PlayFlag.DAILY_CAP_EXCEEDED))
                    .containsExactly(false, false, false, true);
            assertThat(records).allMatch(PlayRecord::qualified);
            assertThat(jdbc().queryForObject(
                                    "SELECT count(*) FROM distribution.play_record WHERE viewer_id = ?",
                                    Long.class,
                                    viewer))
                    .isEqualTo(4L);
        }

        @Test
        void many_short_plays_of_one_work_are_flagged_as_a_short_loop_from_the_fifth_on() {
            String viewer = "user-loop-" + UUID.randomUUID();
            List<PlayRecord> records = new ArrayList<>();
            for (int play = 0; play < 6; play++) {
                records.add(play(viewer, "work-loop", 1, 31));
            }

            assertThat(records)
                    .extracting(r -> r.flags().contains(PlayFlag.SHORT_LOOP))
                    .containsExactly(false, false, false, false, true, true);
            assertThat(records).allMatch(PlayRecord::qualified);
            assertThat(jdbc().queryForObject(
                                    "SELECT count(*) FROM distribution.play_record WHERE viewer_id = ? AND flags = 'SHORT_LOOP'",
                                    Long.class,
                                    viewer))
                    .isEqualTo(2L);
        }

        private PlayRecord play(String viewer, String work, int heartbeats, int secondsEach) {
            PlaySession session = metering.open(viewer, new OpenSessionRequest(work, "music", "SE"));
            List<Heartbeat> batch = new ArrayList<>();
            for (int sequence = 0; sequence < heartbeats; sequence++) {
                batch.add(heartbeat(session.id(), sequence, secondsEach));
            }
            assertThat(metering.ingest(viewer, batch).accepted()).isEqualTo(heartbeats);
            return metering.close(viewer, session.id());
        }
    }

    private UUID openAsViewer(String workId) {
        HttpResponse<String> response = postJson(
                "/api/v1/metering/sessions",
                "{\"workId\": \"" + workId + "\", \"contentType\": \"music\", \"territory\": \"GB\"}",
                bearer("viewer"));
        assertThat(response.statusCode()).isEqualTo(201);
        return UUID.fromString(json(response).path("id").asString());
    }

    private static Heartbeat heartbeat(UUID session, int sequence, int seconds) {
        return new Heartbeat(session.toString(), sequence, sequence * 10_000L, seconds, SENT_AT);
    }

    private static String item(UUID session, int sequence, int seconds) {
        return "{\"sessionId\": \"" + session + "\", \"sequence\": " + sequence + ", \"positionMs\": "
                + sequence * 10_000L + ", \"secondsPlayed\": " + seconds + ", \"sentAt\": \"" + SENT_AT + "\"}";
    }

    private static String batch(UUID session, int firstSequence, int count, int seconds) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(item(session, firstSequence + i, seconds));
        }
        return "[" + String.join(",", items) + "]";
    }

    private long heartbeatsOf(UUID session) {
        return jdbc().queryForObject(
                        "SELECT count(*) FROM distribution.heartbeat WHERE session_id = ?", Long.class, session);
    }

    private long count(String table) {
        return jdbc().queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }
}

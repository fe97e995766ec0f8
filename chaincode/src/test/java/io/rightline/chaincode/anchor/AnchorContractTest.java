package io.rightline.chaincode.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.chaincode.Fixture;
import io.rightline.chaincode.common.ErrorCode;
import io.rightline.testsupport.chaincode.Anchors;
import java.util.Map;
import org.json.JSONObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnchorContractTest {

    private final Fixture f = new Fixture();

    private JSONObject record(Anchors anchor) {
        return f.submit(f.platform, ctx -> f.anchors.recordAnchor(ctx, anchor.json()));
    }

    @Nested
    class RecordAnchor {

        @Test
        void anchors_form_a_hash_chain_and_a_correction_references_its_target() {
            JSONObject first = record(Anchors.anAnchor("a1"));
            JSONObject second =
                    record(Anchors.anAnchor("a2").with("previousAnchorHash", first.getString("anchorHash")));
            JSONObject correction = record(Anchors.anAnchor("a3")
                    .with("previousAnchorHash", second.getString("anchorHash"))
                    .with("corrects", "a2")
                    .with("totalsMinor", Map.of("EUR", 1, "USD", 2)));

            assertThat(first.getLong("sequence")).isEqualTo(1);
            assertThat(correction.getLong("sequence")).isEqualTo(3);
            assertThat(correction.getJSONObject("request").getString("corrects"))
                    .isEqualTo("a2");
            assertThat(f.evaluate(f.auditor, ctx -> f.anchors.latestAnchor(ctx)).getString("anchorHash"))
                    .isEqualTo(correction.getString("anchorHash"));
            assertThat(f.evaluate(f.auditor, ctx -> f.anchors.getAnchor(ctx, "a2"))
                            .toString())
                    .isEqualTo(second.toString());
            assertThat(f.lastEvent("AnchorRecorded").getJSONObject("anchor").getString("txId"))
                    .isNotBlank();
        }

        @Test
        void anchor_hash_is_sha256_of_the_anchor_without_its_hash() {
            JSONObject first = record(Anchors.anAnchor("a1"));
            JSONObject withoutHash = new JSONObject(first.toString());
            withoutHash.remove("anchorHash");
            String canonical = io.rightline.chaincode.common.Json.write(withoutHash.toMap());

            assertThat(first.getString("anchorHash"))
                    .isEqualTo(AnchorContract.sha256Hex(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }

        @Test
        void wrong_previous_hash_breaks_the_chain_and_is_refused() {
            record(Anchors.anAnchor("a1"));
            f.refused(
                    ErrorCode.ANCHOR_CHAIN_BROKEN,
                    f.platform,
                    ctx -> f.anchors.recordAnchor(ctx, Anchors.anAnchor("a2").json()));
            f.refused(
                    ErrorCode.ANCHOR_CHAIN_BROKEN,
                    f.platform,
                    ctx -> f.anchors.recordAnchor(
                            ctx,
                            Anchors.anAnchor("a2")
                                    .with("previousAnchorHash", "0".repeat(64))
                                    .json()));
        }

        @Test
        void retried_anchor_is_returned_and_never_appended_twice() {
            JSONObject first = record(Anchors.anAnchor("a1"));
            JSONObject again = record(Anchors.anAnchor("a1"));

            assertThat(again.toString()).isEqualTo(first.toString());
            f.refused(
                    ErrorCode.ID_CONFLICT,
                    f.platform,
                    ctx -> f.anchors.recordAnchor(
                            ctx,
                            Anchors.anAnchor("a1")
                                    .with("merkleRoot", "1".repeat(64))
                                    .json()));
        }

        @Test
        void only_the_platform_records_and_bad_input_is_refused() {
            f.refused(
                    ErrorCode.ROLE_NOT_ALLOWED,
                    f.auditor,
                    ctx -> f.anchors.recordAnchor(ctx, Anchors.anAnchor("a1").json()));
            f.refused(
                    ErrorCode.ROLE_NOT_ALLOWED,
                    f.alice,
                    ctx -> f.anchors.recordAnchor(ctx, Anchors.anAnchor("a1").json()));
            f.refused(
                    ErrorCode.INVALID_CURRENCY,
                    f.platform,
                    ctx -> f.anchors.recordAnchor(
                            ctx,
                            Anchors.anAnchor("a1")
                                    .with("totalsMinor", Map.of("EURO", 1))
                                    .json()));
            f.refused(
                    ErrorCode.ANCHOR_NOT_FOUND,
                    f.platform,
                    ctx -> f.anchors.recordAnchor(
                            ctx, Anchors.anAnchor("a1").with("corrects", "nope").json()));
        }
    }
}

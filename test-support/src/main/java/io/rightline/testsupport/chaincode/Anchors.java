package io.rightline.testsupport.chaincode;

import java.util.Map;

/** {@code anchors:recordAnchor} requests. Defaults: first anchor {@code anchor-1}, period 2026-01, 1234.56 EUR. */
public final class Anchors extends RequestBuilder<Anchors> {

    private Anchors() {}

    public static Anchors anAnchor(String anchorId) {
        return new Anchors()
                .with("anchorId", anchorId)
                .with("period", "2026-01")
                .with("batchId", "batch-" + anchorId)
                .with("merkleRoot", Works.sha256("root-" + anchorId))
                .with("totalsMinor", Map.of("EUR", 123_456));
    }
}

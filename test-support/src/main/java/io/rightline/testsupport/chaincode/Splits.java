package io.rightline.testsupport.chaincode;

import java.util.List;

/** {@code splits:proposeSplit} requests. Defaults: version 1 of {@code work-1}, 100 % to alice, from 2026-02-01. */
public final class Splits extends RequestBuilder<Splits> {

    private Splits() {}

    public static Splits aSplit() {
        return new Splits()
                .with("workId", "work-1")
                .with("version", 1)
                .with("recipients", List.of(Works.owner("alice", 10_000)))
                .with("effectiveFrom", "2026-02-01T00:00:00Z");
    }

    /** Sets recipients: alternating party id and share. */
    public Splits recipients(Object... partyAndShare) {
        List<java.util.Map<String, Object>> recipients = new java.util.ArrayList<>();
        for (int i = 0; i < partyAndShare.length; i += 2) {
            recipients.add(Works.owner((String) partyAndShare[i], (Integer) partyAndShare[i + 1]));
        }
        return with("recipients", recipients);
    }
}

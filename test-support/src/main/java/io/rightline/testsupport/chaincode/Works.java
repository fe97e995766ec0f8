package io.rightline.testsupport.chaincode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code works:registerWork} requests. Defaults: work {@code work-1}, a video owned 100 % by
 * {@code alice}, SHA-256 derived from the work id (so distinct ids never collide).
 */
public final class Works extends RequestBuilder<Works> {

    private Works() {}

    public static Works aWork() {
        return aWork("work-1");
    }

    public static Works aWork(String workId) {
        return new Works()
                .with("workId", workId)
                .with("sha256", sha256(workId))
                .with(
                        "perceptualFingerprints",
                        List.of("phash:" + sha256("p" + workId).substring(0, 16)))
                .with("type", "VIDEO")
                .with("title", "Title of " + workId)
                .with("owners", List.of(owner("alice", 10_000)));
    }

    /** Sets the owners: alternating party id and share, e.g. {@code owners("alice", 6000, "bob", 4000)}. */
    public Works owners(Object... partyAndShare) {
        List<Map<String, Object>> owners = new java.util.ArrayList<>();
        for (int i = 0; i < partyAndShare.length; i += 2) {
            owners.add(owner((String) partyAndShare[i], (Integer) partyAndShare[i + 1]));
        }
        return with("owners", owners);
    }

    /** One owner entry. */
    public static Map<String, Object> owner(String partyId, int shareBps) {
        return Map.of("partyId", partyId, "shareBps", shareBps);
    }

    /** Lower-case hex SHA-256 of the UTF-8 text. */
    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

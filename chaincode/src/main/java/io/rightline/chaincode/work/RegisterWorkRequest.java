package io.rightline.chaincode.work;

import io.rightline.chaincode.common.BasisPoints;
import io.rightline.chaincode.common.ErrorCode;
import io.rightline.chaincode.common.Ids;
import io.rightline.chaincode.common.Refusals;
import io.rightline.chaincode.common.Share;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Arguments of {@code works:registerWork}.
 *
 * @param workId client-chosen work id (idempotency key)
 * @param sha256 lower-case hex SHA-256 of the file
 * @param perceptualFingerprints perceptual fingerprints as {@code algorithm:value} strings
 * @param type video, audio, game, ebook or image
 * @param title title
 * @param identifiers optional ISRC, ISWC, ISAN, EIDR, ISBN
 * @param owners owners with shares summing to 10 000 bps
 */
public record RegisterWorkRequest(
        String workId,
        String sha256,
        List<String> perceptualFingerprints,
        WorkType type,
        String title,
        Map<String, String> identifiers,
        List<Share> owners) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern FINGERPRINT = Pattern.compile("[a-z0-9-]{1,32}:[A-Za-z0-9+/=_.-]{1,4096}");

    public RegisterWorkRequest {
        Ids.require(workId, "workId");
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "sha256 must be 64 lower-case hex digits");
        }
        perceptualFingerprints =
                perceptualFingerprints == null ? List.of() : List.copyOf(new TreeSet<>(perceptualFingerprints));
        perceptualFingerprints.forEach(fingerprint -> {
            if (!FINGERPRINT.matcher(fingerprint).matches()) {
                throw Refusals.refuse(
                        ErrorCode.INVALID_ARGUMENT, "fingerprint must be algorithm:value: " + fingerprint);
            }
        });
        if (type == null) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "type is required");
        }
        if (title == null || title.isBlank() || title.length() > 512) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "title must be 1-512 characters");
        }
        identifiers = Identifiers.validate(identifiers);
        owners = Owners.normalise(owners);
    }

    /** Owners as a sorted, duplicate-free list whose shares sum to 10 000 bps. */
    static final class Owners {
        private Owners() {}

        static List<Share> normalise(List<Share> owners) {
            if (owners == null || owners.isEmpty()) {
                throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "at least one owner is required");
            }
            Set<String> seen = new TreeSet<>();
            owners.forEach(owner -> {
                if (owner == null || !seen.add(owner.partyId())) {
                    throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "owners must be distinct parties");
                }
            });
            BasisPoints.requireWhole(owners.stream().map(Share::shareBps).toList());
            return owners.stream()
                    .sorted(java.util.Comparator.comparing(Share::partyId))
                    .toList();
        }
    }
}

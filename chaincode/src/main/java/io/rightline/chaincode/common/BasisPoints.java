package io.rightline.chaincode.common;

import java.util.Collection;

/** Shares in basis points: 10 000 bps = 100 %. */
public final class BasisPoints {

    /** The whole: every share set sums to exactly this. */
    public static final int WHOLE = 10_000;

    private BasisPoints() {}

    /** {@code bps} if it lies in 1..10000, else an {@link ErrorCode#INVALID_ARGUMENT} refusal. */
    public static int requireShare(int bps, String what) {
        if (bps < 1 || bps > WHOLE) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, what + " must be 1..10000 bps: " + bps);
        }
        return bps;
    }

    /** Refuses with {@link ErrorCode#SPLIT_NOT_10000_BPS} unless the shares sum to exactly 10 000. */
    public static void requireWhole(Collection<Integer> shares) {
        long sum = shares.stream().mapToLong(Integer::longValue).sum();
        if (sum != WHOLE) {
            throw Refusals.refuse(ErrorCode.SPLIT_NOT_10000_BPS, "shares sum to " + sum + " bps, not 10000");
        }
    }
}

package io.rightline.chaincode.licence;

import io.rightline.chaincode.common.BasisPoints;
import io.rightline.chaincode.common.ErrorCode;
import io.rightline.chaincode.common.Money;
import io.rightline.chaincode.common.Refusals;

/**
 * What the licensee pays: a fixed fee, a revenue share, or both.
 *
 * @param fixedFee fixed fee in minor units, or {@code null}
 * @param revenueShareBps revenue share in basis points, or {@code null}
 */
public record Terms(Money fixedFee, Integer revenueShareBps) {

    public Terms {
        if (fixedFee == null && revenueShareBps == null) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "terms need a fixed fee and/or a revenue share");
        }
        if (revenueShareBps != null) {
            BasisPoints.requireShare(revenueShareBps, "revenueShareBps");
        }
    }
}

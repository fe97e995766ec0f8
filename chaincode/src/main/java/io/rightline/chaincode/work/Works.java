package io.rightline.chaincode.work;

import io.rightline.chaincode.common.ErrorCode;
import io.rightline.chaincode.common.Ledger;
import io.rightline.chaincode.common.Party;
import io.rightline.chaincode.common.Refusals;
import org.hyperledger.fabric.contract.Context;

/** Work lookups and the "caller owns this work" guard, shared by every aggregate that acts on works. */
public final class Works {

    static final String WORK_KEY = "work";

    private Works() {}

    /** The work, or {@link ErrorCode#WORK_NOT_FOUND}. */
    public static Work require(Context ctx, String workId) {
        return Ledger.get(ctx, Ledger.key(ctx, WORK_KEY, workId), Work.class)
                .orElseThrow(() -> Refusals.refuse(ErrorCode.WORK_NOT_FOUND, "no work " + workId));
    }

    /** The work, which {@code caller} must currently own in part, else {@link ErrorCode#NOT_OWNER}. */
    public static Work requireOwned(Context ctx, String workId, Party caller) {
        Work work = require(ctx, workId);
        if (!work.isOwner(caller.partyId())) {
            throw Refusals.refuse(ErrorCode.NOT_OWNER, caller.partyId() + " does not own work " + workId);
        }
        return work;
    }
}

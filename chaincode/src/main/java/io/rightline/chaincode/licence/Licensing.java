package io.rightline.chaincode.licence;

import io.rightline.chaincode.common.ErrorCode;
import io.rightline.chaincode.common.Ledger;
import io.rightline.chaincode.common.Refusals;
import io.rightline.chaincode.common.TerritorySet;
import io.rightline.chaincode.common.Window;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.hyperledger.fabric.contract.Context;

/**
 * The exclusivity rule and licence storage, shared by direct grants and auction awards.
 *
 * <p>Two grants conflict when they are for the same work and channel, their territory sets (after
 * exclusions) share a territory, their windows share an instant, and at least one of them is
 * exclusive. Revoked licences never conflict.
 */
public final class Licensing {

    static final String LICENCE_KEY = "licence";
    static final String BY_WORK_CHANNEL_KEY = "licence-by-work-channel";

    private Licensing() {}

    /** A conflict with an existing licence: its id and the first shared territory. */
    public record Conflict(String licenceId, String territory) {}

    /** The first active licence (in licence id order) the proposed grant would conflict with. */
    public static Optional<Conflict> findConflict(
            Context ctx, String workId, Channel channel, TerritorySet territories, Window window, boolean exclusive) {
        for (Licence existing : licencesOf(ctx, workId, channel)) {
            if (!existing.active() || !(exclusive || existing.grant().exclusive())) {
                continue;
            }
            if (!existing.grant().window().overlaps(window)) {
                continue;
            }
            SortedSet<String> shared = existing.grant().territories().intersection(territories);
            if (!shared.isEmpty()) {
                return Optional.of(new Conflict(existing.licenceId(), shared.first()));
            }
        }
        return Optional.empty();
    }

    /** Refuses with {@link ErrorCode#LICENCE_CONFLICT} naming the conflicting licence, if any. */
    public static void requireNoConflict(
            Context ctx, String workId, Channel channel, TerritorySet territories, Window window, boolean exclusive) {
        findConflict(ctx, workId, channel, territories, window, exclusive).ifPresent(conflict -> {
            throw Refusals.refuse(
                    ErrorCode.LICENCE_CONFLICT,
                    "conflicts with licence " + conflict.licenceId() + " in " + conflict.territory());
        });
    }

    /** The licence {@code licenceId}, if any. */
    public static Optional<Licence> find(Context ctx, String licenceId) {
        return Ledger.get(ctx, Ledger.key(ctx, LICENCE_KEY, licenceId), Licence.class);
    }

    /** Stores a new licence and its work+channel index entry; the caller emits the event. */
    public static void store(Context ctx, Licence licence) {
        GrantLicenceRequest grant = licence.grant();
        Ledger.put(ctx, Ledger.key(ctx, LICENCE_KEY, grant.licenceId()), licence);
        Ledger.putText(
                ctx,
                Ledger.key(
                        ctx,
                        BY_WORK_CHANNEL_KEY,
                        grant.workId(),
                        grant.channel().name(),
                        grant.licenceId()),
                grant.licenceId());
    }

    /** Licences of a work on one channel, in licence id order. */
    static List<Licence> licencesOf(Context ctx, String workId, Channel channel) {
        return Ledger.byPrefix(ctx, BY_WORK_CHANNEL_KEY, workId, channel.name()).stream()
                .map(entry -> find(ctx, entry.getStringValue()).orElseThrow())
                .toList();
    }

    /** Licences of a work on every channel, by channel then licence id. */
    static List<Licence> licencesOf(Context ctx, String workId) {
        return Ledger.byPrefix(ctx, BY_WORK_CHANNEL_KEY, workId).stream()
                .map(entry -> find(ctx, entry.getStringValue()).orElseThrow())
                .toList();
    }
}

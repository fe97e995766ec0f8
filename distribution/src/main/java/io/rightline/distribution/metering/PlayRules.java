package io.rightline.distribution.metering;

import java.util.EnumSet;
import java.util.Set;

/**
 * Decides whether a finished play qualifies for settlement and which manipulation flags it gets.
 * Pure: everything it needs about the viewer's other plays is passed in.
 *
 * <pre>{@code
 * PlayRules.Verdict verdict = rules.judge(new PlayRules.Facts(ContentType.MUSIC, 45, 600, 0));
 * }</pre>
 */
public final class PlayRules {
    private final MeteringProperties properties;

    /** Rules with the thresholds from {@code properties}. */
    public PlayRules(MeteringProperties properties) {
        this.properties = properties;
    }

    /**
     * @param contentType type of the played work
     * @param secondsPlayed seconds of this play (sum of its distinct heartbeats)
     * @param viewerSecondsSameDayBefore seconds of the viewer's other plays started the same UTC day
     * @param shortPlaysSameWorkBefore the viewer's other short plays of the same work in the loop window
     */
    public record Facts(
            ContentType contentType,
            long secondsPlayed,
            long viewerSecondsSameDayBefore,
            long shortPlaysSameWorkBefore) {}

    /** Outcome: whether the play counts for settlement, and its flags (possibly empty). */
    public record Verdict(boolean qualified, Set<PlayFlag> flags) {
        public Verdict {
            flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        }
    }

    /** Judges one play. Qualification ignores flags: a flagged play can still qualify. */
    public Verdict judge(Facts facts) {
        boolean qualified = facts.secondsPlayed() >= properties.qualifySecondsFor(facts.contentType());
        Set<PlayFlag> flags = EnumSet.noneOf(PlayFlag.class);
        if (facts.viewerSecondsSameDayBefore() + facts.secondsPlayed() > properties.dailyCapSeconds()) {
            flags.add(PlayFlag.DAILY_CAP_EXCEEDED);
        }
        if (isShort(facts.secondsPlayed())
                && facts.shortPlaysSameWorkBefore() + 1
                        >= properties.shortLoop().minPlays()) {
            flags.add(PlayFlag.SHORT_LOOP);
        }
        return new Verdict(qualified, flags);
    }

    /** Whether a play of this length counts as short for the loop rule. */
    public boolean isShort(long secondsPlayed) {
        return secondsPlayed <= properties.shortLoop().maxSeconds();
    }
}

package io.rightline.distribution.metering;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Metering settings ({@code rightline.metering.*}).
 *
 * @param maxBatchSize most heartbeats accepted in one request
 * @param maxSecondsPerHeartbeat largest {@code secondsPlayed} one heartbeat may report
 * @param defaultQualifySeconds seconds a play needs to qualify for settlement when its type has no entry
 * @param qualifySeconds per content type ({@code music: 30}), overriding the default
 * @param dailyCapSeconds seconds per viewer and UTC day above which plays are flagged
 * @param shortLoop the short-loop rule
 * @param idleTimeout an open session with no heartbeat for this long is closed by the sweep
 */
@ConfigurationProperties(prefix = "rightline.metering")
public record MeteringProperties(
        @DefaultValue("500") int maxBatchSize,
        @DefaultValue("120") int maxSecondsPerHeartbeat,
        @DefaultValue("30") int defaultQualifySeconds,
        Map<ContentType, Integer> qualifySeconds,
        @DefaultValue("43200") long dailyCapSeconds,
        @DefaultValue ShortLoop shortLoop,
        @DefaultValue("PT30M") Duration idleTimeout) {

    public MeteringProperties {
        qualifySeconds = qualifySeconds == null ? Map.of() : Map.copyOf(qualifySeconds);
    }

    /** Seconds a play of this type needs to qualify. */
    public int qualifySecondsFor(ContentType type) {
        return qualifySeconds.getOrDefault(type, defaultQualifySeconds);
    }

    /**
     * @param window how far back plays of the same work by the same viewer are counted
     * @param maxSeconds a play this long or shorter is short
     * @param minPlays this many short plays in the window (this one included) flag the play
     */
    public record ShortLoop(
            @DefaultValue("PT1H") Duration window,
            @DefaultValue("60") long maxSeconds,
            @DefaultValue("5") int minPlays) {}
}

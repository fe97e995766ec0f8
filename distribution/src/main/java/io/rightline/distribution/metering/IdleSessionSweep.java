package io.rightline.distribution.metering;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Closes sessions whose player went away without closing them, so their plays still become records.
 * Each close is its own transaction (through the {@link Metering} bean) and is idempotent, so a sweep
 * racing a viewer's own close is harmless.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdleSessionSweep {
    private static final Logger log = LoggerFactory.getLogger(IdleSessionSweep.class);
    private static final int BATCH = 200;

    private final MeteringStore store;
    private final Metering metering;
    private final MeteringProperties properties;
    private final Clock clock;

    IdleSessionSweep(MeteringStore store, Metering metering, MeteringProperties properties, Clock clock) {
        this.store = store;
        this.metering = metering;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${rightline.metering.sweep-interval:PT1M}",
            fixedDelayString = "${rightline.metering.sweep-interval:PT1M}")
    void sweep() {
        closeIdleSince(clock.instant().minus(properties.idleTimeout()));
    }

    /** Closes the sessions idle since before {@code cutoff}; returns how many were closed. */
    int closeIdleSince(Instant cutoff) {
        int closed = 0;
        List<PlaySession> idle;
        do {
            idle = store.idleSessions(cutoff, BATCH);
            for (PlaySession session : idle) {
                metering.close(session.viewerId(), session.id());
                closed++;
            }
        } while (idle.size() == BATCH);
        if (closed > 0) {
            log.info("idle play sessions closed count={} idleSince={}", closed, cutoff);
        }
        return closed;
    }
}

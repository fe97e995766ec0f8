package io.rightline.distribution.metering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlayRulesTest {
    static final MeteringProperties PROPERTIES = new MeteringProperties(
            500,
            120,
            30,
            Map.of(ContentType.FILM, 120),
            3600,
            new MeteringProperties.ShortLoop(Duration.ofHours(1), 60, 5),
            Duration.ofMinutes(30));
    static final PlayRules RULES = new PlayRules(PROPERTIES);

    @Nested
    class Qualification {
        @Test
        void music_qualifies_from_30_seconds_on() {
            assertThat(RULES.judge(facts(ContentType.MUSIC, 29, 0, 0)).qualified())
                    .isFalse();
            assertThat(RULES.judge(facts(ContentType.MUSIC, 30, 0, 0)).qualified())
                    .isTrue();
        }

        @Test
        void film_uses_its_configured_threshold() {
            assertThat(RULES.judge(facts(ContentType.FILM, 119, 0, 0)).qualified())
                    .isFalse();
            assertThat(RULES.judge(facts(ContentType.FILM, 120, 0, 0)).qualified())
                    .isTrue();
        }
    }

    @Nested
    class DailyCap {
        @Test
        void flags_the_play_that_takes_the_day_over_the_cap_and_not_one_reaching_it() {
            assertThat(RULES.judge(facts(ContentType.MUSIC, 600, 3000, 0)).flags())
                    .isEmpty();
            assertThat(RULES.judge(facts(ContentType.MUSIC, 601, 3000, 0)).flags())
                    .containsExactly(PlayFlag.DAILY_CAP_EXCEEDED);
        }
    }

    @Nested
    class ShortLoop {
        @Test
        void flags_the_fifth_short_play_of_a_work_in_the_window() {
            assertThat(RULES.judge(facts(ContentType.MUSIC, 31, 0, 3)).flags()).isEmpty();
            assertThat(RULES.judge(facts(ContentType.MUSIC, 31, 0, 4)).flags()).containsExactly(PlayFlag.SHORT_LOOP);
        }

        @Test
        void a_long_play_is_never_a_short_loop() {
            assertThat(RULES.judge(facts(ContentType.MUSIC, 61, 0, 50)).flags()).isEmpty();
        }
    }

    static PlayRules.Facts facts(ContentType type, long seconds, long sameDay, long shortPlays) {
        return new PlayRules.Facts(type, seconds, sameDay, shortPlays);
    }
}

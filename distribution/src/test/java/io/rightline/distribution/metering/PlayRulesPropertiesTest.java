package io.rightline.distribution.metering;

import static io.rightline.distribution.metering.PlayRulesTest.PROPERTIES;
import static io.rightline.distribution.metering.PlayRulesTest.RULES;
import static io.rightline.distribution.metering.PlayRulesTest.facts;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The play rules over generated inputs (jqwik does not discover JUnit's nested classes). */
class PlayRulesPropertiesTest {
    @Property
    void qualifies_exactly_when_seconds_reach_the_threshold_of_the_type(
            @ForAll ContentType type, @ForAll @LongRange(max = 10_000) long seconds) {
        boolean qualified = RULES.judge(facts(type, seconds, 0, 0)).qualified();

        assertThat(qualified).isEqualTo(seconds >= PROPERTIES.qualifySecondsFor(type));
    }

    @Property
    void flags_never_change_qualification(
            @ForAll @LongRange(max = 1_000) long seconds,
            @ForAll @LongRange(max = 100_000) long sameDay,
            @ForAll @LongRange(max = 20) long shortPlays) {
        assertThat(RULES.judge(facts(ContentType.MUSIC, seconds, sameDay, shortPlays))
                        .qualified())
                .isEqualTo(RULES.judge(facts(ContentType.MUSIC, seconds, 0, 0)).qualified());
    }

    @Property
    void flags_exactly_when_the_day_total_exceeds_the_cap(
            @ForAll @LongRange(max = 5_000) long seconds, @ForAll @LongRange(max = 5_000) long sameDay) {
        boolean flagged = RULES.judge(facts(ContentType.EPISODE, seconds, sameDay, 0))
                .flags()
                .contains(PlayFlag.DAILY_CAP_EXCEEDED);

        assertThat(flagged).isEqualTo(seconds + sameDay > 3600);
    }

    @Property
    void flags_exactly_short_plays_with_enough_earlier_short_plays(
            @ForAll @LongRange(max = 200) long seconds, @ForAll @LongRange(max = 10) long earlier) {
        boolean flagged = RULES.judge(facts(ContentType.MUSIC, seconds, 0, earlier))
                .flags()
                .contains(PlayFlag.SHORT_LOOP);

        assertThat(flagged).isEqualTo(seconds <= 60 && earlier + 1 >= 5);
    }
}

package io.rightline.chaincode.licence;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.chaincode.Fixture;
import io.rightline.chaincode.common.TerritorySet;
import io.rightline.chaincode.common.Window;
import io.rightline.testsupport.chaincode.Licences;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.hyperledger.fabric.shim.ChaincodeException;

class ExclusivityPropertiesTest {

    private static final Instant DAY0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Pattern NAMED = Pattern.compile("conflicts with licence (\\S+) in (\\S+)");

    record Grant(List<String> territories, int startDay, Integer days, String channel, boolean exclusive) {
        Window window() {
            Instant start = DAY0.plusSeconds(86_400L * startDay);
            return new Window(start, days == null ? null : start.plusSeconds(86_400L * days));
        }

        TerritorySet territorySet() {
            return new TerritorySet(territories, List.of());
        }

        boolean conflictsWith(Grant other) {
            return (exclusive || other.exclusive)
                    && channel.equals(other.channel)
                    && window().overlaps(other.window())
                    && !territorySet().intersection(other.territorySet()).isEmpty();
        }

        String json(String licenceId) {
            return Licences.aLicence(licenceId)
                    .with("territories", Licences.territorySet(territories, List.of()))
                    .window(
                            window().start().toString(),
                            window().end() == null ? null : window().end().toString())
                    .with("channel", channel)
                    .exclusive(exclusive)
                    .json();
        }
    }

    @Property(tries = 60)
    void accepted_grants_never_violate_exclusivity_and_refusals_name_a_real_conflict(
            @ForAll("grants") @Size(min = 1, max = 12) List<Grant> grants) {
        Fixture f = new Fixture().withWork();
        List<Grant> accepted = new ArrayList<>();
        List<String> acceptedIds = new ArrayList<>();
        for (int i = 0; i < grants.size(); i++) {
            Grant grant = grants.get(i);
            String id = "l" + i;
            try {
                f.ledger.submit(f.alice, ctx -> f.licences.grantLicence(ctx, grant.json(id)));
                accepted.add(grant);
                acceptedIds.add(id);
            } catch (ChaincodeException refusal) {
                assertThat(new String(refusal.getPayload(), StandardCharsets.UTF_8))
                        .isEqualTo("LICENCE_CONFLICT");
                Matcher named = NAMED.matcher(refusal.getMessage());
                assertThat(named.find()).isTrue();
                int index = acceptedIds.indexOf(named.group(1));
                assertThat(index).as("names an accepted licence").isNotNegative();
                assertThat(grant.conflictsWith(accepted.get(index))).isTrue();
                assertThat(grant.territories()).contains(named.group(2));
                assertThat(accepted.stream().anyMatch(grant::conflictsWith)).isTrue();
            }
        }
        for (int i = 0; i < accepted.size(); i++) {
            for (int j = i + 1; j < accepted.size(); j++) {
                assertThat(accepted.get(i).conflictsWith(accepted.get(j))).isFalse();
            }
        }
    }

    @Property(tries = 200)
    void window_overlap_is_symmetric_and_matches_a_shared_instant(@ForAll("grant") Grant a, @ForAll("grant") Grant b) {
        Window x = a.window();
        Window y = b.window();
        Instant laterStart = x.start().isAfter(y.start()) ? x.start() : y.start();
        assertThat(x.overlaps(y)).isEqualTo(y.overlaps(x));
        assertThat(x.overlaps(y)).isEqualTo(x.contains(laterStart) && y.contains(laterStart));
    }

    @Provide
    Arbitrary<List<Grant>> grants() {
        return grant().list();
    }

    @Provide
    Arbitrary<Grant> grant() {
        return Combinators.combine(
                        Arbitraries.of("FR", "DE", "IT", "ES")
                                .set()
                                .ofMinSize(1)
                                .map(List::copyOf),
                        Arbitraries.integers().between(0, 20),
                        Arbitraries.integers().between(1, 10).injectNull(0.2),
                        Arbitraries.of("SVOD", "AVOD"),
                        Arbitraries.of(true, false))
                .as(Grant::new);
    }
}

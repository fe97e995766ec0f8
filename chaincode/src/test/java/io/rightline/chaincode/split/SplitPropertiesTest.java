package io.rightline.chaincode.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.rightline.chaincode.common.Share;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.hyperledger.fabric.shim.ChaincodeException;

class SplitPropertiesTest {

    private static final Instant FROM = Instant.parse("2026-02-01T00:00:00Z");

    private static List<Share> shares(List<Integer> bps) {
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < bps.size(); i++) {
            shares.add(new Share("party-" + i, bps.get(i)));
        }
        return shares;
    }

    @Property(tries = 500)
    void a_rule_is_accepted_exactly_when_its_shares_sum_to_10000(
            @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 1, max = 10_000) Integer> bps) {
        int sum = bps.stream().mapToInt(Integer::intValue).sum();
        ChaincodeException refusal = catchThrowableOfType(
                ChaincodeException.class, () -> new ProposeSplitRequest("work-1", 1, shares(bps), FROM));

        if (sum == 10_000) {
            assertThat(refusal).isNull();
        } else {
            assertThat(refusal).isNotNull();
            assertThat(new String(refusal.getPayload(), StandardCharsets.UTF_8)).isEqualTo("SPLIT_NOT_10000_BPS");
        }
    }

    @Property(tries = 300)
    void any_partition_of_10000_into_positive_shares_is_accepted(
            @ForAll @Size(min = 0, max = 8) List<@IntRange(min = 1, max = 9_999) Integer> cuts) {
        List<Integer> points = new ArrayList<>(new java.util.TreeSet<>(cuts));
        points.add(0, 0);
        points.add(10_000);
        List<Integer> bps = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            bps.add(points.get(i) - points.get(i - 1));
        }

        ProposeSplitRequest request = new ProposeSplitRequest("work-1", 1, shares(bps), FROM);

        assertThat(request.recipients().stream().mapToInt(Share::shareBps).sum())
                .isEqualTo(10_000);
    }
}

package io.rightline.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class KeyOrderTest {

    @Property
    void orders_like_bytewise_utf8_comparison(@ForAll String left, @ForAll String right) {
        byte[] a = left.getBytes(StandardCharsets.UTF_8);
        byte[] b = right.getBytes(StandardCharsets.UTF_8);
        // Lone surrogates do not round-trip through UTF-8; Fabric keys are valid UTF-8.
        if (!new String(a, StandardCharsets.UTF_8).equals(left)
                || !new String(b, StandardCharsets.UTF_8).equals(right)) {
            return;
        }

        assertThat(Integer.signum(KeyOrder.compare(left, right)))
                .isEqualTo(Integer.signum(Arrays.compareUnsigned(a, b)));
    }

    @Property
    void composite_key_prefix_sorts_before_its_extensions(@ForAll String suffix) {
        String prefix = "\u0000asset\u0000";

        assertThat(KeyOrder.compare(prefix, prefix + suffix)).isLessThanOrEqualTo(0);
        assertThat(KeyOrder.compare(prefix + suffix, prefix + "\udbff\udfff")).isLessThan(0);
    }
}

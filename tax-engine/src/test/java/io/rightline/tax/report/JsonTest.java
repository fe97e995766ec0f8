package io.rightline.tax.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Nested
    class Write {
        @Test
        void writes_scalars_lists_and_objects_with_sorted_keys() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("z", 1L);
            map.put("a", Arrays.asList("x", null, true));
            map.put("m", new BigDecimal("9.975"));
            map.put("i", 7);
            assertThat(Json.write(map)).isEqualTo("{\"a\":[\"x\",null,true],\"i\":7,\"m\":9.975,\"z\":1}");
        }

        @Test
        void escapes_quotes_backslashes_and_control_characters() {
            assertThat(Json.write("a\"b\\c\nd\u0001é")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001é\"");
        }

        @Test
        void writes_big_decimals_without_exponent() {
            assertThat(Json.write(List.of(new BigDecimal("1E+3")))).isEqualTo("[1000]");
        }

        @Test
        void rejects_unsupported_values() {
            assertThatThrownBy(() -> Json.write(new Object())).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Json.write(Map.of(1, 2))).isInstanceOf(IllegalArgumentException.class);
        }
    }
}

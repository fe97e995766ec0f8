package io.rightline.tax.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rightline.tax.Csv;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Nested
    class Round_trip {
        @Test
        void quotes_only_fields_that_need_it() {
            assertThat(Csv.line(List.of("DE", "a, b", "say \"hi\"", ""))).isEqualTo("DE,\"a, b\",\"say \"\"hi\"\"\",");
        }

        @Test
        void parses_what_it_writes() {
            List<String> fields = List.of("x", "a, b", "q\"q", "", "tail");
            assertThat(Csv.parseLine(Csv.line(fields))).isEqualTo(fields);
        }

        @Test
        void rejects_an_unterminated_quote() {
            assertThatThrownBy(() -> Csv.parseLine("a,\"b")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}

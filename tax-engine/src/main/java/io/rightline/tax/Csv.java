package io.rightline.tax;

import java.util.ArrayList;
import java.util.List;

/**
 * The comma-separated format of RFC 4180, as used by the rate data files and the reports: fields
 * containing a comma, a quote or a line break are quoted, quotes inside doubled.
 *
 * <pre>{@code
 * List<String> fields = Csv.parseLine("DE,\"a, b\",7"); // [DE, a, b, 7]
 * String line = Csv.line(List.of("DE", "a, b"));        // DE,"a, b"
 * }</pre>
 */
public final class Csv {
    private Csv() {}

    /**
     * Splits one line into fields.
     *
     * @throws IllegalArgumentException if a quoted field is not closed
     */
    public static List<String> parseLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field in: " + line);
        }
        fields.add(field.toString());
        return fields;
    }

    /** One field, quoted when it has to be. */
    public static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** One line of fields, without the line terminator. */
    public static String line(List<String> values) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(values.get(i)));
        }
        return out.toString();
    }
}

package io.rightline.tax.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A minimal JSON writer (RFC 8259) for reports. Objects are written with keys sorted, so equal input
 * always gives byte-identical output. Supported values: {@code null}, {@link String}, {@link
 * Boolean}, {@link Long}, {@link Integer}, {@link BigDecimal} (plain notation), {@link Map} with
 * string keys, and {@link List}.
 *
 * <pre>{@code
 * Json.write(Map.of("b", 1L, "a", List.of("x"))); // {"a":["x"],"b":1}
 * }</pre>
 */
public final class Json {
    private Json() {}

    /**
     * Writes a value.
     *
     * @throws IllegalArgumentException for an unsupported value type
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case String text -> string(out, text);
            case Boolean flag -> out.append(flag);
            case Long number -> out.append(number);
            case Integer number -> out.append(number);
            case BigDecimal number -> out.append(number.toPlainString());
            case Map<?, ?> map -> object(out, map);
            case List<?> list -> array(out, list);
            default -> throw new IllegalArgumentException("unsupported JSON value: " + value.getClass());
        }
    }

    private static void object(StringBuilder out, Map<?, ?> map) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((key, value) -> {
            if (!(key instanceof String name)) {
                throw new IllegalArgumentException("JSON keys must be strings: " + key);
            }
            sorted.put(name, value);
        });
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> entry : sorted.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, entry.getKey());
            out.append(':');
            append(out, entry.getValue());
        }
        out.append('}');
    }

    private static void array(StringBuilder out, List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            append(out, list.get(i));
        }
        out.append(']');
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

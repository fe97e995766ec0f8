package io.rightline.network.identity;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The value of Fabric CA's attribute extension (OID {@code 1.2.3.4.5.6.7.8.1}): the UTF-8 JSON
 * {@code {"attrs":{"k":"v"}}} with keys sorted and no whitespace, escaped the way Go's
 * {@code encoding/json} escapes strings (Fabric CA is written in Go).
 */
final class FabricCaAttributes {

    /** The extension OID Fabric CA uses for enrollment attributes. */
    static final String OID = "1.2.3.4.5.6.7.8.1";

    private FabricCaAttributes() {}

    static byte[] encode(Map<String, String> attributes) {
        StringBuilder json = new StringBuilder("{\"attrs\":{");
        boolean first = true;
        for (Map.Entry<String, String> entry : new TreeMap<>(attributes).entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            appendString(json, entry.getKey());
            json.append(':');
            appendString(json, entry.getValue());
        }
        return json.append("}}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendString(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}

package io.rightline.testsupport.chaincode;

import java.util.LinkedHashMap;
import java.util.Map;
import org.json.JSONObject;

/**
 * A chaincode request as a mutable map with valid defaults; {@link #json()} renders it. Setting a
 * field to {@code null} removes it, to test missing arguments.
 *
 * @param <B> the concrete builder
 */
public abstract class RequestBuilder<B extends RequestBuilder<B>> {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    /** Sets {@code field} (maps, lists, strings, numbers, booleans); {@code null} removes it. */
    public B with(String field, Object value) {
        if (value == null) {
            fields.remove(field);
        } else {
            fields.put(field, value);
        }
        return self();
    }

    /** The current value of {@code field}. */
    public Object get(String field) {
        return fields.get(field);
    }

    /** The request as JSON text. */
    public String json() {
        return new JSONObject(fields).toString();
    }

    @Override
    public String toString() {
        return json();
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}

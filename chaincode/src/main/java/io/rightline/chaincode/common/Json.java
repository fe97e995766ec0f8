package io.rightline.chaincode.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * Canonical JSON: object keys sorted, no whitespace, absent optionals omitted, instants as ISO-8601
 * UTC strings. Every value the chaincode writes to state or events goes through here, so the same
 * state always has the same bytes on every endorser.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .addModule(new SimpleModule("rightline-instant")
                    .addSerializer(Instant.class, new InstantSerializer())
                    .addDeserializer(Instant.class, new InstantDeserializer()))
            .build();

    private Json() {}

    /** Parses {@code json} into {@code type}; any problem is an {@link ErrorCode#INVALID_ARGUMENT} refusal. */
    public static <T> T read(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "empty " + type.getSimpleName());
        }
        try {
            T value = MAPPER.readValue(json, type);
            if (value == null) {
                throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "null " + type.getSimpleName());
            }
            return value;
        } catch (JsonProcessingException e) {
            throw unwrap(e, type);
        }
    }

    /** Canonical JSON text of {@code value}. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialise " + value.getClass().getName(), e);
        }
    }

    /** Canonical JSON of {@code value} as UTF-8 bytes. */
    public static byte[] bytes(Object value) {
        return write(value).getBytes(StandardCharsets.UTF_8);
    }

    /** Parses state bytes written by {@link #bytes(Object)}. */
    public static <T> T fromBytes(byte[] bytes, Class<T> type) {
        try {
            return MAPPER.readValue(bytes, type);
        } catch (IOException e) {
            throw new IllegalStateException("corrupt state for " + type.getSimpleName(), e);
        }
    }

    private static ChaincodeException unwrap(JsonProcessingException e, Class<?> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ChaincodeException refusal) {
                return refusal;
            }
        }
        return Refusals.refuse(
                ErrorCode.INVALID_ARGUMENT, "malformed " + type.getSimpleName() + ": " + e.getOriginalMessage());
    }

    private static final class InstantSerializer extends StdSerializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.toString());
        }
    }

    private static final class InstantDeserializer extends StdDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException | NullPointerException e) {
                throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "not an ISO-8601 instant: " + text);
            }
        }
    }
}

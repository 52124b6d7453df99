package io.github.polku.serialization.jackson;

import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small facade over a shared, preconfigured Jackson 3 mapper with the {@link PolkuModule}.
 * <p>
 * Reading is strict: unknown properties and trailing tokens are errors.
 * <pre>{@code
 * String json = PolkuJson.write(report);
 * ValidationReport back = PolkuJson.read(json, ValidationReport.class);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PolkuJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new PolkuModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private PolkuJson() {
    }

    /**
     * Gets the shared mapper. Jackson 3 mappers are immutable; use {@code mapper().rebuild()} to
     * derive one with other settings.
     *
     * @return the mapper, not null
     */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /**
     * Writes a Polku value as JSON text.
     *
     * @param value  the value, not null
     * @return the JSON text, not null
     * @throws JacksonException if the value cannot be written
     */
    public static String write(Object value) {
        return MAPPER.writeValueAsString(Objects.requireNonNull(value, "value"));
    }

    /**
     * Reads a Polku value from JSON text.
     *
     * @param <T>  the type to read
     * @param json  the JSON text, not null
     * @param type  the type to read, not null
     * @return the value, not null
     * @throws JacksonException if the text is not valid JSON of that type
     */
    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(Objects.requireNonNull(json, "json"), type);
    }
}

/**
 * Polku serialization: the Jackson 3 module of the Polku exchange format.
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new PolkuModule()).build();
 * }</pre>
 *
 * @since 0.1.0
 */
module io.github.polku.serialization {
    requires transitive io.github.polku.core;
    requires transitive tools.jackson.databind;

    exports io.github.polku.serialization.jackson;

    provides tools.jackson.databind.JacksonModule with io.github.polku.serialization.jackson.PolkuModule;
}

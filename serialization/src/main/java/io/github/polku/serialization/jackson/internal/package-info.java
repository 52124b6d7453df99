/**
 * Internal: the descriptors of the exchange format (one per exchanged type, driving the reader, the
 * writer and the JSON Schema generator), the read context and the serializers of
 * {@code PolkuModule}. Not exported; not API.
 */
package io.github.polku.serialization.jackson.internal;

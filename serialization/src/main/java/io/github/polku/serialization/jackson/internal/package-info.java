/** Internal: the serializers and deserializers of {@code PolkuModule}. Not exported; not API. */
package io.github.polku.serialization.jackson.internal;

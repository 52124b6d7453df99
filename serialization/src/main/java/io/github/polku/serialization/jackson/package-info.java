/**
 * Jackson 3 support for Polku: {@link io.github.polku.serialization.jackson.PolkuModule} and the
 * {@link io.github.polku.serialization.jackson.PolkuJson} facade.
 * <p>
 * Polku uses Jackson 3 ({@code tools.jackson.*}). Jackson 3 and Jackson 2 live side by side on one
 * class path, so an application still on Jackson 2 can use this module too.
 *
 * <h2>Null policy</h2>
 * Unless otherwise specified, passing a null argument to a constructor or method in this package
 * throws {@link java.lang.NullPointerException}.
 *
 * @since 0.1.0
 */
package io.github.polku.serialization.jackson;

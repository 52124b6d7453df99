/**
 * Clients and their identity (fi: asiakas, sv: klient).
 *
 * <h2>Null policy</h2>
 * Unless otherwise specified, passing a null argument to a constructor or method in this package
 * throws {@link java.lang.NullPointerException}.
 *
 * @since 0.1.0
 */
@PolkuStyle
package io.github.polku.client;

import io.github.polku.internal.immutables.PolkuStyle;

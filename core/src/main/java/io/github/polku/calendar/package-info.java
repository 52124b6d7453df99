/**
 * Finnish public holidays and working days (fi: arkipäivä, sv: arbetsdag).
 *
 * <h2>Null policy</h2>
 * Unless otherwise specified, passing a null argument to a constructor or method in this package
 * throws {@link java.lang.NullPointerException}.
 *
 * @since 0.1.0
 */
package io.github.polku.calendar;

/**
 * Validation reports: violations with stable codes, severities, JSON Pointers and fi/sv/en
 * messages, and the shared {@link io.github.polku.validation.PolkuValidator}.
 * <p>
 * Polku checks rules in three tiers. What would make an object meaningless throws
 * {@link io.github.polku.validation.InvalidValueException} when the object is built. Domain,
 * legal and quality rules are collected into a {@link io.github.polku.validation.ValidationReport}
 * by {@link io.github.polku.validation.PolkuValidator#validate(Object)} and never thrown. Rules
 * that need context outside the data belong to the calling application.
 *
 * <h2>Main types</h2>
 * <ul>
 *   <li>{@link io.github.polku.validation.Violation} - one problem, with code, severity, pointer and arguments</li>
 *   <li>{@link io.github.polku.validation.ValidationReport} - every problem of one validated value</li>
 *   <li>{@link io.github.polku.validation.PolkuValidator} - the shared, thread-safe validator</li>
 *   <li>{@link io.github.polku.validation.InvalidValueException} - bad data at construction</li>
 * </ul>
 *
 * <h2>Glossary</h2>
 * <table>
 *   <caption>Terms</caption>
 *   <tr><th>English</th><th>Suomi</th><th>Svenska</th></tr>
 *   <tr><td>violation</td><td>virhe, huomautus</td><td>fel, anmärkning</td></tr>
 *   <tr><td>validation report</td><td>tarkistusraportti</td><td>valideringsrapport</td></tr>
 *   <tr><td>severity</td><td>vakavuus</td><td>allvarlighetsgrad</td></tr>
 * </table>
 *
 * <h2>Null policy</h2>
 * Unless otherwise specified, passing a null argument to a constructor or method in this package
 * throws {@link java.lang.NullPointerException}.
 *
 * @since 0.1.0
 */
@PolkuStyle
package io.github.polku.validation;

import io.github.polku.internal.immutables.PolkuStyle;

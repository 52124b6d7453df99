/**
 * Legal numbers as data: {@link io.github.polku.rules.RuleSet rule sets} with the date from which
 * they apply, collected in a {@link io.github.polku.rules.RuleBook rule book}.
 * <p>
 * A change in the law (a new maximum of days per week, a new allowance) is a new entry in the rule
 * book's data, not a change in code.
 *
 * <h2>Main types</h2>
 * <ul>
 *   <li>{@link io.github.polku.rules.LegalNumber} - each number set by law that a rule uses</li>
 *   <li>{@link io.github.polku.rules.RuleSet} - the numbers in force from one date</li>
 *   <li>{@link io.github.polku.rules.RuleBook} - the history of rule sets</li>
 * </ul>
 *
 * <h2>Glossary</h2>
 * <table>
 *   <caption>Terms</caption>
 *   <tr><th>English</th><th>Suomi</th><th>Svenska</th></tr>
 *   <tr><td>rule set</td><td>s\u00e4\u00e4nn\u00f6st\u00f6</td><td>regelverk</td></tr>
 *   <tr><td>effective date</td><td>voimaantulop\u00e4iv\u00e4</td><td>ikrafttr\u00e4dandedag</td></tr>
 *   <tr><td>statute</td><td>laki</td><td>lag</td></tr>
 * </table>
 *
 * <h2>Null policy</h2>
 * Unless otherwise specified, passing a null argument to a constructor or method in this package
 * throws {@link java.lang.NullPointerException}.
 *
 * @since 0.1.0
 */
@PolkuStyle
package io.github.polku.rules;

import io.github.polku.internal.immutables.PolkuStyle;

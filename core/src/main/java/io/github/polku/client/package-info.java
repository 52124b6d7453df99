/**
 * Clients of social welfare (fi: asiakas, sv: klient), their organiser and named worker, kept
 * apart from their identity.
 * <p>
 * A client is pseudonymous: a {@link io.github.polku.client.ClientId} is all a rehabilitation path
 * needs. The {@link io.github.polku.client.Client} record adds the language of service, the
 * {@link io.github.polku.client.Organiser organiser}, the support needs of the Social Welfare Act
 * (section 11), the special-support flag and the {@link io.github.polku.client.NamedWorker named
 * worker}. Identity (the personal identity code and the name) is never part of a client or a
 * path; it is held apart, keyed by the same client identifier, and never printed by
 * {@code toString()} or put into a violation.
 *
 * <h2>Main types</h2>
 * <ul>
 *   <li>{@link io.github.polku.client.ClientId} - the pseudonymous client identifier</li>
 *   <li>{@link io.github.polku.client.Client} - a client without identity</li>
 *   <li>{@link io.github.polku.client.ClientIdentity} - identity code and name, kept apart from client and path</li>
 *   <li>{@link io.github.polku.client.NamedWorker} - the named worker and profession</li>
 *   <li>{@link io.github.polku.client.Organiser} - the county, Helsinki, or (before 2023) a municipality or joint authority</li>
 *   <li>{@link io.github.polku.client.SupportNeed} - the support needs of section 11</li>
 *   <li>{@link io.github.polku.client.OmissionReason} - why a statutory step was left out</li>
 * </ul>
 *
 * <h2>Violation codes</h2>
 * <ul>
 *   <li>{@code polku.client.namedWorker.missing} (error) - no named worker and no coded reason (rule 6)</li>
 *   <li>{@code polku.client.namedWorker.notSocialWorker} (warning) - a client needing special support
 *       has a named worker who is not a social worker (rule 8)</li>
 *   <li>{@code polku.client.namedWorker.supervisorMissing} (warning) - a temporary social worker
 *       without a supervisor (rule 9)</li>
 *   <li>{@code polku.client.namedWorker.temporaryPeriod} (warning) - a temporary social worker's
 *       assignment is open, unrecorded or longer than the legal maximum (rule 9)</li>
 *   <li>{@code polku.client.namedWorker.omittedAndPresent} (error, thrown) - a named worker and a
 *       reason for having none</li>
 * </ul>
 *
 * <h2>Glossary</h2>
 * <table>
 *   <caption>Terms</caption>
 *   <tr><th>English</th><th>Suomi</th><th>Svenska</th></tr>
 *   <tr><td>client</td><td>asiakas</td><td>klient</td></tr>
 *   <tr><td>organiser</td><td>j\u00e4rjest\u00e4j\u00e4</td><td>anordnare</td></tr>
 *   <tr><td>wellbeing services county</td><td>hyvinvointialue</td><td>v\u00e4lf\u00e4rdsomr\u00e5de</td></tr>
 *   <tr><td>support need</td><td>tuen tarve</td><td>st\u00f6dbehov</td></tr>
 *   <tr><td>person needing special support</td><td>erityist\u00e4 tukea tarvitseva henkil\u00f6</td><td>person i behov av s\u00e4rskilt st\u00f6d</td></tr>
 *   <tr><td>named worker</td><td>omaty\u00f6ntekij\u00e4</td><td>egen kontaktperson</td></tr>
 *   <tr><td>social worker</td><td>sosiaality\u00f6ntekij\u00e4</td><td>socialarbetare</td></tr>
 *   <tr><td>social counsellor</td><td>sosiaaliohjaaja</td><td>socialhandledare</td></tr>
 *   <tr><td>personal identity code</td><td>henkil\u00f6tunnus</td><td>personbeteckning</td></tr>
 * </table>
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

/**
 * Co-development (fi: yhteiskehittäminen, sv: samutveckling): clients, professionals and partners
 * developing a service together, the roles and power they have, and what came of it.
 * <p>
 * Clients do not only receive services: they develop them. This package records who took part in
 * developing a service, with what role, training, compensation, commitment and decision rights,
 * and which ideas led to changes actually implemented, so that a report can trace each change to
 * its proposers. It tells real participation from tokenism ("mascot" participation) by deriving
 * each client-side role's rung on Arnstein's ladder of citizen participation.
 *
 * <h2>Main types</h2>
 * <ul>
 *   <li>{@link io.github.polku.codevelopment.CoDevelopmentProcess} - the process: themes, phases,
 *       sessions, participants, ideas, changes and a client council;</li>
 *   <li>{@link io.github.polku.codevelopment.Participant} and
 *       {@link io.github.polku.codevelopment.ParticipantId} - a pseudonymous person and kind;</li>
 *   <li>{@link io.github.polku.codevelopment.RoleAssignment} - a role with training, compensation,
 *       responsibilities, commitment and decision rights;</li>
 *   <li>{@link io.github.polku.codevelopment.ClientCouncil} - a client council with its cap,
 *       meetings and statements;</li>
 *   <li>{@link io.github.polku.codevelopment.Idea} and
 *       {@link io.github.polku.codevelopment.ImplementedChange} - ideas and the changes they led to;</li>
 *   <li>{@link io.github.polku.codevelopment.ArnsteinRung},
 *       {@link io.github.polku.codevelopment.ParticipationLadder} and
 *       {@link io.github.polku.codevelopment.ParticipationLevel} - the rung of a role, derived by an
 *       explicit table;</li>
 *   <li>{@link io.github.polku.codevelopment.CoDevelopmentCodes} - the codes of the rules.</li>
 * </ul>
 *
 * <h2>Glossary</h2>
 * <table class="striped">
 *   <caption>Co-development terms</caption>
 *   <thead><tr><th>Finnish</th><th>Swedish</th><th>English (Java)</th></tr></thead>
 *   <tbody>
 *     <tr><td>yhteiskehittäminen</td><td>samutveckling</td><td>co-development ({@code CoDevelopmentProcess})</td></tr>
 *     <tr><td>kehittäjäasiakas</td><td>utvecklarklient</td><td>developer client ({@code DEVELOPER_CLIENT})</td></tr>
 *     <tr><td>kokemusasiantuntija</td><td>erfarenhetsexpert</td><td>experience expert ({@code EXPERIENCE_EXPERT})</td></tr>
 *     <tr><td>kokemustoimija</td><td>erfarenhetsaktör</td><td>experience actor ({@code EXPERIENCE_ACTOR})</td></tr>
 *     <tr><td>vertaisohjaaja – vertaistukija</td><td>kamratledare – kamratstödjare</td><td>peer instructor – peer supporter ({@code PEER_SUPPORTER})</td></tr>
 *     <tr><td>asiakasraadin jäsen</td><td>medlem i klientrådet</td><td>client-council member ({@code CLIENT_COUNCIL_MEMBER})</td></tr>
 *     <tr><td>ammattilainen</td><td>yrkesperson</td><td>professional ({@code PROFESSIONAL})</td></tr>
 *     <tr><td>koordinaattori</td><td>koordinator</td><td>coordinator ({@code COORDINATOR})</td></tr>
 *     <tr><td>kumppani</td><td>partner</td><td>partner ({@code PARTNER})</td></tr>
 *     <tr><td>asiakasraati</td><td>klientråd</td><td>client council ({@code ClientCouncil})</td></tr>
 *     <tr><td>teema</td><td>tema</td><td>theme ({@code Theme})</td></tr>
 *     <tr><td>vaihe</td><td>fas</td><td>phase ({@code Phase})</td></tr>
 *     <tr><td>päätösvalta</td><td>beslutanderätt</td><td>decision right ({@code DecisionRight})</td></tr>
 *     <tr><td>korvaus (palkkio, palkka)</td><td>ersättning (arvode, lön)</td><td>compensation ({@code Compensation})</td></tr>
 *     <tr><td>osallisuuden tikkaat</td><td>delaktighetsstegen</td><td>ladder of participation ({@code ArnsteinRung})</td></tr>
 *     <tr><td>näennäisosallisuus</td><td>symboliskt deltagande</td><td>tokenism ({@code ParticipationGroup.TOKENISM})</td></tr>
 *   </tbody>
 * </table>
 *
 * <h2>Personal data</h2>
 * People are known only by pseudonymous {@link io.github.polku.codevelopment.ParticipantId}s. Free
 * text about a person (a commitment note, the reason of an assessment) is redacted from
 * {@code toString()}, and no violation carries it.
 *
 * <h2>Null policy</h2>
 * Unless otherwise specified, passing a null argument to a constructor or method in this package
 * throws {@link java.lang.NullPointerException}.
 *
 * @since 0.1.0
 */
@PolkuStyle
package io.github.polku.codevelopment;

import io.github.polku.internal.immutables.PolkuStyle;

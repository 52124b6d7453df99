/**
 * Anonymous low-threshold and outreach contacts (fi: anonyymit kohtaamiset, sv: anonyma
 * kontakter) that record no identity.
 * <p>
 * Low-threshold meeting places and outreach work can be used anonymously, free of charge and
 * without a referral (Social Welfare Act 1301/2014, sections 6, 33 and 41). An
 * {@link io.github.polku.contact.AnonymousContact} records what statistics need (date, place,
 * channel, activities, number of people) and nothing that identifies a person, following the
 * principle of data minimisation.
 *
 * <h2>Main types</h2>
 * <ul>
 *   <li>{@link io.github.polku.contact.AnonymousContact} - one anonymous contact</li>
 *   <li>{@link io.github.polku.contact.AnonymousChannel} - where it took place</li>
 *   <li>{@link io.github.polku.contact.ContactActivity} - what was done</li>
 * </ul>
 *
 * <h2>Violation codes</h2>
 * <ul>
 *   <li>{@code polku.contact.peopleCount.notPositive} (error, thrown) - fewer than one person</li>
 *   <li>{@code polku.organiser.notYetInCharge} (error) - a county or Helsinki before it began to organise</li>
 *   <li>{@code polku.organiser.noLongerInCharge} (error) - a municipality or joint authority from 2023</li>
 * </ul>
 *
 * <h2>Glossary</h2>
 * <table>
 *   <caption>Terms</caption>
 *   <tr><th>English</th><th>Suomi</th><th>Svenska</th></tr>
 *   <tr><td>anonymous contact</td><td>anonyymi kohtaaminen</td><td>anonym kontakt</td></tr>
 *   <tr><td>low threshold</td><td>matala kynnys</td><td>l\u00e5g tr\u00f6skel</td></tr>
 *   <tr><td>outreach work</td><td>jalkautuva ty\u00f6, etsiv\u00e4 ty\u00f6</td><td>upps\u00f6kande arbete</td></tr>
 *   <tr><td>meeting place</td><td>kohtaamispaikka</td><td>m\u00f6tesplats</td></tr>
 * </table>
 *
 * <h2>Null policy</h2>
 * Unless otherwise specified, passing a null argument to a constructor or method in this package
 * throws {@link java.lang.NullPointerException}.
 *
 * @since 0.1.0
 */
@PolkuStyle
package io.github.polku.contact;

import io.github.polku.internal.immutables.PolkuStyle;

/**
 * Services and activities of a rehabilitation path (fi: palvelut ja toiminnat, sv: tjänster och
 * verksamheter): social rehabilitation and rehabilitative work activity, their provider, funding
 * and service vouchers, schedule and attendance.
 * <p>
 * <b>One service type with a kind.</b> A {@link io.github.polku.service.Service} has a
 * {@link io.github.polku.service.ServiceKind kind}. Rehabilitative work activity is a service
 * with everything a social-rehabilitation service has (methods, form, delivery, provider, funding,
 * period, attendance) plus the details its own Act regulates, held in
 * {@link io.github.polku.service.Service#getWorkActivity()}; the details are present exactly when
 * the kind is {@link io.github.polku.service.ServiceKind#REHABILITATIVE_WORK_ACTIVITY}, which
 * construction enforces. One type keeps a path's {@code List<Service>} homogeneous for attendance,
 * remote share and cohort summaries, while the law-specific data stays in one place.
 * <p>
 * <b>What is deliberately not modelled.</b> Social rehabilitation is voluntary, so a service has
 * no sanction field. A participant in rehabilitative work activity is a client, never an
 * employee, so the activity has no employment-contract or wage fields.
 * <p>
 * <b>Rules.</b> Only meaningless data throws at construction
 * ({@link io.github.polku.validation.InvalidValueException}). The rules of the Social Welfare Act,
 * Act 189/2001 and the voucher act 569/2009 are reported by
 * {@link io.github.polku.validation.PolkuValidator} with codes {@code polku.service.*}; the
 * constraints {@link io.github.polku.service.ConsistentService},
 * {@link io.github.polku.service.CompleteVoucher} and
 * {@link io.github.polku.service.LawfulWorkActivity} list them. Legal numbers come from the
 * {@link io.github.polku.rules.RuleBook rule book} in force on the relevant date.
 *
 * <h2>Main types</h2>
 * <ul>
 *   <li>{@link io.github.polku.service.Service} - a service or activity with its attendance</li>
 *   <li>{@link io.github.polku.service.RehabilitativeWorkActivity} - the details of rehabilitative work activity</li>
 *   <li>{@link io.github.polku.service.Provider} - who produces the service</li>
 *   <li>{@link io.github.polku.service.Funding} - how it is paid: own production, {@link io.github.polku.service.Voucher voucher}, purchase, {@link io.github.polku.service.ProjectFunding project}</li>
 *   <li>{@link io.github.polku.service.Schedule} and {@link io.github.polku.service.Attendance} - planned rhythm and what happened</li>
 *   <li>{@link io.github.polku.service.DeliveryMode} - on site, home visit, outreach or remote</li>
 * </ul>
 *
 * <h2>Glossary</h2>
 * <table>
 *   <caption>Terms</caption>
 *   <tr><th>English</th><th>Suomi</th><th>Svenska</th></tr>
 *   <tr><td>service</td><td>palvelu</td><td>tj\u00e4nst</td></tr>
 *   <tr><td>social rehabilitation</td><td>sosiaalinen kuntoutus</td><td>social rehabilitering</td></tr>
 *   <tr><td>rehabilitative work activity</td><td>kuntouttava ty\u00f6toiminta</td><td>arbetsverksamhet i rehabiliteringssyfte</td></tr>
 *   <tr><td>activation plan</td><td>aktivointisuunnitelma</td><td>aktiveringsplan</td></tr>
 *   <tr><td>multidisciplinary employment plan</td><td>monialainen ty\u00f6llistymissuunnitelma</td><td>sektors\u00f6vergripande syssels\u00e4ttningsplan</td></tr>
 *   <tr><td>expense allowance</td><td>kulukorvaus</td><td>kostnadsers\u00e4ttning</td></tr>
 *   <tr><td>activity allowance</td><td>toimintaraha</td><td>verksamhetspenning</td></tr>
 *   <tr><td>service voucher</td><td>palveluseteli</td><td>servicesedel</td></tr>
 *   <tr><td>approved provider</td><td>hyv\u00e4ksytty palveluntuottaja</td><td>godk\u00e4nd tj\u00e4nsteproducent</td></tr>
 *   <tr><td>income-related</td><td>tulosidonnainen</td><td>inkomstrelaterad</td></tr>
 *   <tr><td>self-payment</td><td>omavastuuosuus</td><td>sj\u00e4lvrisk</td></tr>
 *   <tr><td>purchased service</td><td>ostopalvelu</td><td>k\u00f6pt tj\u00e4nst</td></tr>
 *   <tr><td>own production</td><td>oma tuotanto</td><td>egen produktion</td></tr>
 *   <tr><td>provider</td><td>palveluntuottaja</td><td>tj\u00e4nsteproducent</td></tr>
 *   <tr><td>delivery mode</td><td>toteutustapa</td><td>genomf\u00f6randes\u00e4tt</td></tr>
 *   <tr><td>outreach work</td><td>jalkautuva ty\u00f6</td><td>upps\u00f6kande arbete</td></tr>
 *   <tr><td>attendance</td><td>osallistuminen</td><td>n\u00e4rvaro</td></tr>
 * </table>
 *
 * <h2>Null policy</h2>
 * Unless otherwise specified, passing a null argument to a constructor or method in this package
 * throws {@link java.lang.NullPointerException}. Absent optional data is an empty
 * {@link java.util.Optional} or an empty collection, never null.
 *
 * @since 0.1.0
 */
@PolkuStyle
package io.github.polku.service;

import io.github.polku.internal.immutables.PolkuStyle;

/**
 * The rehabilitation path of a client (fi: kuntoutuspolku, sv: rehabiliteringsstig): first
 * contact, service need assessment, client plan with goals, stages, pauses and closure.
 * <p>
 * A {@link io.github.polku.path.RehabilitationPath} refers to its client only by the pseudonymous
 * {@link io.github.polku.client.ClientId}. Its stages form a state machine (see
 * {@link io.github.polku.path.Stage}); goals have their own status lifecycle (see
 * {@link io.github.polku.path.GoalStatus}). Transition methods return new immutable values and
 * throw {@link io.github.polku.path.IllegalTransitionException} for a move the tables do not
 * allow. Legal and domain rules are reported by
 * {@link io.github.polku.validation.PolkuValidator}, never thrown.
 *
 * <h2>Main types</h2>
 * <ul>
 *   <li>{@link io.github.polku.path.RehabilitationPath} - the path and its state machine</li>
 *   <li>{@link io.github.polku.path.FirstContact} - the first contact or referral</li>
 *   <li>{@link io.github.polku.path.ServiceNeedAssessment} - the service need assessment and its deadlines</li>
 *   <li>{@link io.github.polku.path.ClientPlan} - the client plan with both views</li>
 *   <li>{@link io.github.polku.path.Goal} - a goal in the client's own words</li>
 *   <li>{@link io.github.polku.path.Pause} - a pause, for example while sites are closed</li>
 *   <li>{@link io.github.polku.path.Closure} - the closure with reason and destination</li>
 *   <li>{@link io.github.polku.path.OutcomeClassification} - which closures count as positive outcomes</li>
 * </ul>
 *
 * <h2>Violation codes</h2>
 * <table>
 *   <caption>Codes reported or thrown for this package</caption>
 *   <tr><th>code</th><th>severity</th><th>meaning</th></tr>
 *   <tr><td>{@code polku.path.dates.order}</td><td>error</td><td>a date is before the date it must follow (argument {@code reference}: its pointer)</td></tr>
 *   <tr><td>{@code polku.path.closure.notLast}</td><td>error</td><td>the closure is dated before another date of the path</td></tr>
 *   <tr><td>{@code polku.path.stage.illegalTransition}</td><td>error</td><td>a stage change the table of {@link io.github.polku.path.Stage} does not allow</td></tr>
 *   <tr><td>{@code polku.path.pause.overlap}</td><td>error</td><td>a pause starts before the previous one ended</td></tr>
 *   <tr><td>{@code polku.path.pause.notEnded}</td><td>error</td><td>a closed path has an open pause</td></tr>
 *   <tr><td>{@code polku.path.assessment.missing}</td><td>error</td><td>the path is past the assessment without one or a coded omission reason (rule 6)</td></tr>
 *   <tr><td>{@code polku.path.plan.missing}</td><td>error</td><td>the path is in rehabilitation without a plan or a coded omission reason (rule 6)</td></tr>
 *   <tr><td>{@code polku.path.assessment.startMissing}</td><td>error</td><td>an assessment is completed but has no start date</td></tr>
 *   <tr><td>{@code polku.path.assessment.startLate}</td><td>warning</td><td>the assessment started after the working-day deadline (rule 3)</td></tr>
 *   <tr><td>{@code polku.path.assessment.completionLate}</td><td>warning</td><td>a child's assessment was completed after the month deadline (rule 4)</td></tr>
 *   <tr><td>{@code polku.path.assessment.urgentNotImmediate}</td><td>warning</td><td>an urgent need was not assessed on the contact date (rule 5)</td></tr>
 *   <tr><td>{@code polku.path.plan.clientView.missing}</td><td>error</td><td>the plan lacks the client's view (rule 7)</td></tr>
 *   <tr><td>{@code polku.path.plan.workerView.missing}</td><td>error</td><td>the plan lacks the worker's view (rule 7)</td></tr>
 *   <tr><td>{@code polku.path.plan.clientJustification.missing}</td><td>error</td><td>the views disagree and the client's view has no justification (rule 7)</td></tr>
 *   <tr><td>{@code polku.path.plan.workerJustification.missing}</td><td>error</td><td>the views disagree and the worker's view has no justification (rule 7)</td></tr>
 *   <tr><td>{@code polku.path.plan.childNotHeard}</td><td>warning</td><td>a minor's plan was drawn up without the child taking part (rule 33)</td></tr>
 *   <tr><td>{@code polku.path.goal.youthPlacement.age}</td><td>warning</td><td>a youth placement goal for a client outside the ages of a young person (rule 2)</td></tr>
 *   <tr><td>{@code polku.path.goal.status.illegalTransition}</td><td>error</td><td>a goal status change the table of {@link io.github.polku.path.GoalStatus} does not allow</td></tr>
 *   <tr><td>{@code polku.organiser.notYetInCharge}</td><td>error</td><td>a county or Helsinki organises a path that ended before it began to organise (rule 29)</td></tr>
 *   <tr><td>{@code polku.organiser.noLongerInCharge}</td><td>error</td><td>a municipality or joint authority organises a path with events from 2023 (rule 29)</td></tr>
 *   <tr><td>{@code polku.path.goal.duplicateId}</td><td>error, thrown</td><td>two goals of a plan share an identifier</td></tr>
 *   <tr><td>{@code polku.path.assessment.omittedAndPresent}</td><td>error, thrown</td><td>an assessment and a reason for omitting it</td></tr>
 *   <tr><td>{@code polku.path.plan.omittedAndPresent}</td><td>error, thrown</td><td>a plan and a reason for omitting it</td></tr>
 *   <tr><td>{@code polku.path.stage.closedWithoutClosure}</td><td>error, thrown</td><td>a stage change to CLOSED; only a closure closes a path</td></tr>
 * </table>
 * Deadline warnings carry the arguments {@code deadline} and {@code workingDays} or {@code months};
 * the date arguments are deadlines computed by the rule, never the client's own dates.
 *
 * <h2>Privacy</h2>
 * Views, justifications and goal words are free text about the person and are redacted from
 * {@code toString()}. The only age information is the optional year and month of birth on the
 * path, also redacted; the age rules fire only when the age is certain whatever the day of birth.
 *
 * <h2>Glossary</h2>
 * <table>
 *   <caption>Terms</caption>
 *   <tr><th>English</th><th>Suomi</th><th>Svenska</th></tr>
 *   <tr><td>rehabilitation path</td><td>kuntoutuspolku</td><td>rehabiliteringsstig</td></tr>
 *   <tr><td>first contact</td><td>yhteydenotto</td><td>kontakt</td></tr>
 *   <tr><td>referral</td><td>l\u00e4hete</td><td>remiss</td></tr>
 *   <tr><td>service need assessment</td><td>palvelutarpeen arviointi</td><td>bed\u00f6mning av servicebehov</td></tr>
 *   <tr><td>matter becomes pending</td><td>vireilletulo</td><td>anh\u00e4ngigg\u00f6rande</td></tr>
 *   <tr><td>client plan</td><td>asiakassuunnitelma</td><td>klientplan</td></tr>
 *   <tr><td>goal</td><td>tavoite</td><td>m\u00e5l</td></tr>
 *   <tr><td>life area</td><td>el\u00e4m\u00e4nalue</td><td>livsomr\u00e5de</td></tr>
 *   <tr><td>stage</td><td>vaihe</td><td>skede</td></tr>
 *   <tr><td>pause</td><td>tauko</td><td>uppeh\u00e5ll</td></tr>
 *   <tr><td>closure</td><td>asiakkuuden p\u00e4\u00e4ttyminen</td><td>avslutande</td></tr>
 *   <tr><td>destination</td><td>jatkopolku</td><td>fortsatt v\u00e4g</td></tr>
 * </table>
 *
 * <h2>Null policy</h2>
 * Unless otherwise specified, passing a null argument to a constructor or method in this package
 * throws {@link java.lang.NullPointerException}.
 *
 * @since 0.1.0
 */
@PolkuStyle
package io.github.polku.path;

import io.github.polku.internal.immutables.PolkuStyle;

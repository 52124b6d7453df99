/**
 * Quality and outcomes of social rehabilitation (fi: sosiaalisen kuntoutuksen laatu ja tulokset,
 * sv: kvalitet och utfall i social rehabilitering): quality frameworks as data, their automatic
 * evaluation with evidence, and outcome summaries over a cohort of paths.
 * <p>
 * A {@link io.github.polku.quality.QualityFramework framework} is data: criteria with stable codes,
 * fi/sv/en names and descriptions, cited sources with a confidence mark, and either an automatic
 * {@link io.github.polku.quality.CriterionEvaluator evaluator} or assessment by a person. A
 * framework can be built in code or read from a {@code QUALITY_FRAMEWORK} JSON document of
 * {@code polku-serialization}, so an organiser can use criteria Polku does not ship. A {@link io.github.polku.quality.QualityEvaluator} judges one
 * path, one co-development process or a whole cohort; every
 * {@link io.github.polku.quality.CriterionResult result} names its
 * {@link io.github.polku.quality.Evidence evidence}: the subject, the record (a JSON Pointer into
 * the subject) and the non-personal values behind the finding, with an explanation in Finnish,
 * Swedish and English.
 * <p>
 * {@link io.github.polku.quality.QualityFramework#builtIn()} holds the criteria Polku can cite from
 * confirmed sources: the Social Welfare Act sections and the confirmed SOSKU themes. The official
 * list of ten SOSKU criteria of THL could not be confirmed and is not shipped; an organiser loads it,
 * or any own framework, from a data file. {@link io.github.polku.quality.CohortSummary} summarises
 * the outcomes of many paths with documented formulas.
 * <pre>{@code
 * QualityEvaluator evaluator = QualityEvaluator.of(QualityFramework.builtIn()).withClients(clients);
 * CohortQualityEvaluation quality = evaluator.evaluateCohort(paths, LocalDate.of(2022, 12, 31));
 * Share metNamedWorker = quality.findSummary("NAMED_WORKER").orElseThrow().getShareMet();
 * CohortSummary outcomes = CohortSummary.of(paths, anonymousContacts, OutcomeClassification.standard());
 * }</pre>
 * <p>
 * Quality findings are not violations: a criterion that is not met is a finding about the
 * service, reported by the evaluator, while {@link io.github.polku.validation.PolkuValidator}
 * reports problems of the data.
 *
 * <h2>Main types</h2>
 * <ul>
 *   <li>{@link io.github.polku.quality.QualityFramework} - a versioned set of criteria, loadable from text</li>
 *   <li>{@link io.github.polku.quality.QualityCriterion} - one criterion with its sources and assessment</li>
 *   <li>{@link io.github.polku.quality.Citation}, {@link io.github.polku.quality.Confidence} - a cited source and how well it was confirmed</li>
 *   <li>{@link io.github.polku.quality.Assessment}, {@link io.github.polku.quality.PersonAssessment} - automatic by a
 *       named evaluator, or by a person, whose judgements can be given to the evaluator</li>
 *   <li>{@link io.github.polku.quality.CriterionEvaluator}, {@link io.github.polku.quality.EvaluatorRegistry},
 *       {@link io.github.polku.quality.EvaluationContext} - the evaluator interface, the evaluators by identifier and what they are given</li>
 *   <li>{@link io.github.polku.quality.BuiltInEvaluators} - the identifiers and rules of Polku's own evaluators</li>
 *   <li>{@link io.github.polku.quality.LocalizedText}, {@link io.github.polku.quality.Subject} - texts in three languages; what was evaluated</li>
 *   <li>{@link io.github.polku.quality.QualityEvaluator} - evaluates a subject or a cohort against a framework</li>
 *   <li>{@link io.github.polku.quality.QualityEvaluation}, {@link io.github.polku.quality.CriterionResult},
 *       {@link io.github.polku.quality.CriterionOutcome}, {@link io.github.polku.quality.Evidence} - what an evaluation found, and why</li>
 *   <li>{@link io.github.polku.quality.CohortQualityEvaluation}, {@link io.github.polku.quality.CriterionSummary} - a cohort's evaluations and the share meeting each criterion</li>
 *   <li>{@link io.github.polku.quality.CohortSummary}, {@link io.github.polku.quality.ChangeScoreSummary} - outcomes over a cohort of paths</li>
 *   <li>{@link io.github.polku.quality.Distribution}, {@link io.github.polku.quality.Share} - statistics with documented formulas</li>
 * </ul>
 *
 * <h2>Glossary</h2>
 * <table>
 *   <caption>Terms</caption>
 *   <tr><th>English</th><th>Suomi</th><th>Svenska</th></tr>
 *   <tr><td>quality criterion</td><td>laatukriteeri</td><td>kvalitetskriterium</td></tr>
 *   <tr><td>quality framework</td><td>laatukriteerist\u00f6</td><td>kvalitetskriterier</td></tr>
 *   <tr><td>source; confirmed</td><td>l\u00e4hde; vahvistettu</td><td>k\u00e4lla; bekr\u00e4ftad</td></tr>
 *   <tr><td>evaluation; evaluator</td><td>arviointi; arvioija</td><td>bed\u00f6mning; bed\u00f6mare</td></tr>
 *   <tr><td>evidence</td><td>n\u00e4ytt\u00f6</td><td>underlag</td></tr>
 *   <tr><td>met; partly met; not met</td><td>t\u00e4yttyy; t\u00e4yttyy osittain; ei t\u00e4yty</td><td>uppfyllt; delvis uppfyllt; inte uppfyllt</td></tr>
 *   <tr><td>not applicable; insufficient data</td><td>ei sovellu; tiedot eiv\u00e4t riit\u00e4</td><td>inte till\u00e4mpligt; otillr\u00e4ckliga uppgifter</td></tr>
 *   <tr><td>cohort; outcome</td><td>kohortti; tulos</td><td>kohort; utfall</td></tr>
 *   <tr><td>positive outcome; destination</td><td>my\u00f6nteinen tulos; jatkopolku</td><td>positivt utfall; forts\u00e4ttning</td></tr>
 *   <tr><td>change score</td><td>muutospisteet</td><td>f\u00f6r\u00e4ndringspo\u00e4ng</td></tr>
 *   <tr><td>attendance rate; remote</td><td>osallistumisaste; et\u00e4</td><td>n\u00e4rvarograd; distans</td></tr>
 *   <tr><td>share; median; quartile</td><td>osuus; mediaani; kvartiili</td><td>andel; median; kvartil</td></tr>
 * </table>
 *
 * <h2>Null policy</h2>
 * Unless otherwise specified, passing a null argument to a constructor or method in this package
 * throws {@link java.lang.NullPointerException}.
 *
 * @since 0.1.0
 */
@PolkuStyle
package io.github.polku.quality;

import io.github.polku.internal.immutables.PolkuStyle;

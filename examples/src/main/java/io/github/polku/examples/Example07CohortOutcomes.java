package io.github.polku.examples;

import io.github.polku.path.Destination;
import io.github.polku.path.OutcomeClassification;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.quality.ChangeScoreSummary;
import io.github.polku.quality.CohortQualityEvaluation;
import io.github.polku.quality.CohortSummary;
import io.github.polku.quality.CriterionOutcome;
import io.github.polku.quality.CriterionResult;
import io.github.polku.quality.CriterionSummary;
import io.github.polku.quality.Evidence;
import io.github.polku.quality.QualityEvaluation;
import io.github.polku.quality.QualityEvaluator;
import io.github.polku.quality.QualityCriterion;
import io.github.polku.quality.QualityFramework;
import io.github.polku.quality.Share;
import io.github.polku.quality.Subject;
import io.github.polku.quality.SubjectKind;
import io.github.polku.serialization.jackson.DocumentResult;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.validation.PolkuValidator;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Outcomes and quality over a cohort (fi: kohortti, sv: kohort) of 280 closed paths, the size of
 * the VALSKU project in Tampere and Jyväskylä (2020–2022); the paths are generated and fictional.
 * <p>
 * <b>What this shows.</b> Where did people go when their path closed, and how many of them moved on?
 * VALSKU guided roughly a quarter of its participants to mental-health and substance-abuse services
 * and counted those referrals as successes, because untreated problems would have blocked every
 * other step. The program summarises the closures by destination, the share of positive outcomes
 * under that classification and under a stricter one, the change in perceived work ability, and
 * evaluates the cohort against Polku's built-in quality criteria, with the evidence behind a finding.
 * <p>
 * <b>Things to notice.</b>
 * <ul>
 *   <li>What counts as positive is a choice, made explicit in an {@code OutcomeClassification};
 *       the standard one counts referrals to treatment as positive.</li>
 *   <li>A change score is computed only between comparable measurements (same instrument and
 *       respondent), and the summary names the paths behind every figure.</li>
 *   <li>Quality findings are not violations: a criterion is met, partly met, not met, not applicable,
 *       lacks data, or is assessed by a person; each result carries a JSON Pointer to its evidence.</li>
 *   <li>The named-worker criterion needs the client records, which a path does not hold; without them
 *       the evaluator reports insufficient data rather than guessing.</li>
 *   <li>The summary travels as a {@code COHORT_SUMMARY} document holding facts (the paths behind each
 *       figure, raw durations, shares as counts); the receiver derives the percentages and medians and
 *       refuses a document whose figures contradict each other.</li>
 * </ul>
 */
public final class Example07CohortOutcomes {

    private Example07CohortOutcomes() {
    }

    /**
     * Runs the example.
     *
     * @param args  {@code --lang fi|sv|en}: the language of the lessons and messages (default: the locale)
     */
    public static void main(String[] args) {
        ExampleData.quietLogs();
        Lessons lessons = Lessons.of(7, args);
        // 1. The cohort: 280 generated paths (see FictionalCohort for how each one is made); all must be valid.
        lessons.step(1);
        List<RehabilitationPath> paths = FictionalCohort.paths(280);
        PolkuValidator validator = PolkuValidator.shared();
        long invalid = paths.stream().map(validator::validate).filter(r -> !r.isValid()).count();
        System.out.println("Paths: " + paths.size() + ", invalid: " + invalid);

        // 2. Closures by destination, with shares.
        lessons.step(2);
        CohortSummary summary = CohortSummary.of(paths);
        for (Map.Entry<Destination, Share> e : summary.getClosuresByDestination().entrySet()) {
            System.out.println(String.format(Locale.ROOT, "  %-28s %s", e.getKey(), percent(e.getValue())));
        }

        // 3. Positive outcomes: the standard classification, then one that does not count referrals to treatment.
        lessons.step(3);
        System.out.println("Positive outcomes (referrals count):       " + percent(summary.getPositiveOutcomes()));
        OutcomeClassification strict = OutcomeClassification.standard()
                .withDestination(Destination.MENTAL_HEALTH_SERVICES, false)
                .withDestination(Destination.SUBSTANCE_ABUSE_SERVICES, false);
        System.out.println("Positive outcomes (referrals do not count): "
                + percent(CohortSummary.of(paths, List.of(), strict).getPositiveOutcomes()));

        // 4. Change in perceived work ability (0-10), first to last measurement of each path.
        lessons.step(4);
        for (ChangeScoreSummary change : summary.getChangeScores()) {
            System.out.println("Change " + change.getDimension() + " (" + change.getRespondent() + ", n=" + change.getCount()
                    + "): improved " + percent(change.getImproved()) + ", unchanged " + percent(change.getUnchanged())
                    + ", worsened " + percent(change.getWorsened()) + String.format(Locale.ROOT,
                    ", mean %+.2f, median %+.1f", change.getImprovement().getMean(), change.getImprovement().getMedian()));
        }

        // 5. The quality evaluation against the built-in framework, criterion by criterion.
        lessons.step(5);
        QualityFramework framework = QualityFramework.builtIn();
        CohortQualityEvaluation quality = QualityEvaluator.of(framework).evaluateCohort(paths, LocalDate.of(2023, 1, 31));
        System.out.println("Quality (" + framework.getId() + " " + framework.getVersion() + "):");
        for (CriterionSummary criterion : quality.getSummaries()) {
            QualityCriterion described = framework.findCriterion(criterion.getCriterionCode()).orElseThrow();
            if (described.getSubjectKind() != SubjectKind.PATH) {
                continue; // criteria about co-development processes do not apply to paths
            }
            System.out.println(String.format(Locale.ROOT, "  %-24s %s", criterion.getCriterionCode(),
                    !described.getAssessment().isAutomatic() ? "assessed by a person"
                    : criterion.getJudgedCount() == 0 ? "not judged: " + criterion.getCount(CriterionOutcome.NOT_APPLICABLE)
                            + " not applicable, " + criterion.getCount(CriterionOutcome.INSUFFICIENT_DATA) + " insufficient data"
                    : "met " + percent(criterion.getShareMet()) + ", partly " + criterion.getCount(CriterionOutcome.PARTLY_MET)
                            + ", not met " + criterion.getCount(CriterionOutcome.NOT_MET)));
        }

        // 6. The evidence behind one finding: a plan drawn up without the client.
        lessons.step(6);
        Subject tenth = Subject.of(paths.get(9));
        QualityEvaluation evaluation = quality.findEvaluation(tenth).orElseThrow();
        CriterionResult result = evaluation.findResult("CLIENT_PLAN_WITH_CLIENT").orElseThrow();
        System.out.println("Evidence for " + tenth + ": " + result.getOutcome() + " - " + result.getExplanation(lessons.locale()));
        for (Evidence evidence : result.getEvidence()) {
            System.out.println("  " + evidence.getPointer() + " " + evidence.getValues());
        }

        // 7. The summary as an exchange document for the wellbeing county, which reads it back and checks it.
        lessons.step(7);
        PolkuDocuments documents = PolkuDocuments.strict();
        byte[] sent = documents.write(summary).getBytes(StandardCharsets.UTF_8);
        DocumentResult received = documents.readAndValidate(sent);
        CohortSummary back = (CohortSummary) received.getValue().orElseThrow();
        System.out.println("COHORT_SUMMARY document: " + sent.length + " bytes, valid " + received.isValid()
                + ", equal after reading " + back.equals(summary) + ", median days from contact to plan "
                + back.getContactToPlanDays().orElseThrow().getMedian());
        // A summary whose figures contradict each other is refused at the pointer of the figure:
        // here a positive outcome is credited to a path that is not in the cohort.
        String tampered = new String(sent, StandardCharsets.UTF_8).replaceFirst("\"positivePaths\":\\[\"[^\"]+\"",
                "\"positivePaths\":[\"P-NOT-IN-COHORT\"");
        documents.validate(tampered.getBytes(StandardCharsets.UTF_8)).getViolations()
                .forEach(v -> System.out.println("  " + v.getPath() + " " + v.getCode() + ": " + v.getMessage(lessons.locale())));
        lessons.notices();
    }

    private static String percent(Share share) {
        return String.format(Locale.ROOT, "%s (%.1f %%)", share, 100 * share.getRatio().orElse(0));
    }
}

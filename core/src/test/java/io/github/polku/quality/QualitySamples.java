package io.github.polku.quality;

import io.github.polku.validation.Violation;
import java.util.List;
import java.util.Map;

/** Fixtures for the quality tests: a toy subject type and evaluators that judge it. */
final class QualitySamples {

    private QualitySamples() {
    }

    /** A toy subject: a path-like record with a number of visits. */
    static final class Visits {
        final String id;
        final int count;

        Visits(String id, int count) {
            this.id = id;
            this.count = count;
        }

        Subject subject() {
            return Subject.path(id);
        }
    }

    /**
     * Met with at least {@code minimum} visits, partly met with at least one, not met with none;
     * insufficient data for a negative count.
     */
    static class MinimumVisits implements CriterionEvaluator<Visits> {
        @Override
        public String getId() {
            return "test.minimumVisits";
        }

        @Override
        public SubjectKind getSubjectKind() {
            return SubjectKind.PATH;
        }

        @Override
        public Class<Visits> getSubjectType() {
            return Visits.class;
        }

        @Override
        public Map<String, String> getDefaultParameters() {
            return Map.of("minimum", "2");
        }

        @Override
        public List<Violation> checkParameters(Map<String, String> parameters) {
            try {
                if (Integer.parseInt(parameters.get("minimum")) > 0) {
                    return List.of();
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            return List.of(Violation.error("polku.quality.parameter.notPositive", "/minimum", Map.of()));
        }

        @Override
        public CriterionResult evaluate(Visits subject, EvaluationContext context) {
            int minimum = context.getIntParameter("minimum");
            CriterionOutcome outcome = subject.count < 0 ? CriterionOutcome.INSUFFICIENT_DATA
                    : subject.count >= minimum ? CriterionOutcome.MET
                    : subject.count > 0 ? CriterionOutcome.PARTLY_MET : CriterionOutcome.NOT_MET;
            return context.result(outcome, "test.visits." + outcome.name().toLowerCase(java.util.Locale.ROOT).replace("_", ""),
                            "visits", subject.count, "minimum", minimum)
                    .addEvidence(context.evidence("/visits", "visits", subject.count)).build();
        }
    }

    /** Judges processes; only to test subject-kind checks. */
    static final class AnyProcess implements CriterionEvaluator<Object> {
        @Override
        public String getId() {
            return "test.anyProcess";
        }

        @Override
        public SubjectKind getSubjectKind() {
            return SubjectKind.PROCESS;
        }

        @Override
        public Class<Object> getSubjectType() {
            return Object.class;
        }

        @Override
        public CriterionResult evaluate(Object subject, EvaluationContext context) {
            return context.result(CriterionOutcome.MET, "test.anyProcess.met").build();
        }
    }

    static EvaluatorRegistry registry() {
        return EvaluatorRegistry.empty().with(new MinimumVisits()).with(new AnyProcess());
    }

    static Citation citation() {
        return Citation.of("Social Welfare Act 1301/2014, section 42", Confidence.CONFIRMED);
    }

    static LocalizedText text(String en) {
        return LocalizedText.of("fi " + en, "sv " + en, en);
    }

    static QualityCriterion.Builder criterion(String code) {
        return criterion(code, SubjectKind.PATH);
    }

    static QualityCriterion.Builder criterion(String code, SubjectKind kind) {
        QualityCriterion.Builder b = QualityCriterion.builder();
        b.code(code).name(text("name of " + code)).description(text("description of " + code))
                .addSource(citation()).subjectKind(kind);
        return b;
    }

    static QualityCriterion visitsCriterion(String code, String minimum) {
        QualityCriterion.Builder b = criterion(code).assessment(Assessment.automatic("test.minimumVisits"));
        if (minimum != null) {
            b.putParameter("minimum", minimum);
        }
        return b.build();
    }

    static QualityCriterion byPerson(String code) {
        return criterion(code).assessment(Assessment.byPerson()).build();
    }

    static QualityFramework framework(QualityCriterion... criteria) {
        QualityFramework.Builder b = QualityFramework.builder();
        b.id("TEST").version("1").name(text("test framework")).addSource(citation());
        for (QualityCriterion c : criteria) {
            b.addCriterion(c);
        }
        return b.build();
    }
}

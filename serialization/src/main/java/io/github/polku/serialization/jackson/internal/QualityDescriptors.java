package io.github.polku.serialization.jackson.internal;

import io.github.polku.quality.Assessment;
import io.github.polku.quality.AssessmentKind;
import io.github.polku.quality.CriterionResult;
import io.github.polku.quality.EvaluatorRegistry;
import io.github.polku.quality.Evidence;
import io.github.polku.quality.LocalizedText;
import io.github.polku.quality.QualityCriterion;
import io.github.polku.quality.QualityFramework;
import io.github.polku.quality.Subject;
import io.github.polku.quality.SubjectKind;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hand-written descriptors of the quality values (texts, subjects, assessments) and what the
 * reader checks and the schemas say of quality frameworks and evaluations beyond their kinds.
 */
final class QualityDescriptors {

    private QualityDescriptors() {
    }

    static void register(Descriptors r) {
        DescriptorBuilder<LocalizedText> text = r.describe(LocalizedText.class);
        Prop<String> fi = text.required("fi", Kinds.STRING, LocalizedText::getFi);
        Prop<String> sv = text.required("sv", Kinds.STRING, LocalizedText::getSv);
        Prop<String> en = text.required("en", Kinds.STRING, LocalizedText::getEn);
        text.register(v -> LocalizedText.of(v.get(fi), v.get(sv), v.get(en)));

        DescriptorBuilder<Subject> subject = r.describe(Subject.class);
        Prop<SubjectKind> subjectKind = subject.required("kind", r.code(SubjectKind.class), Subject::getKind);
        Prop<String> id = subject.required("id", Kinds.STRING, Subject::getId);
        subject.register(v -> Subject.of(v.get(subjectKind), v.get(id)));

        // An assessment is automatic, naming its evaluator, or by a person (no evaluator).
        DescriptorBuilder<Assessment> assessment = r.describe(Assessment.class);
        Prop<AssessmentKind> kind = assessment.required("kind", r.code(AssessmentKind.class), Assessment::getKind);
        Prop<String> evaluator = assessment.optional("evaluatorId", Kinds.STRING, Assessment::getEvaluatorId);
        assessment.register(v -> assessment(v.get(kind), v.get(evaluator)));

        r.after(QualityFramework.class, QualityDescriptors::knownEvaluators);
        r.refine(Assessment.class, QualityDescriptors::evaluatorWhenAutomatic);
        r.refine(QualityFramework.class, t -> {
            Descriptors.pattern(t, "id", Kinds.IDENTIFIER_PATTERN, Descriptors.MAX_CODE_LENGTH);
            Descriptors.property(t, "id").putObject("not").put("pattern", Kinds.IDENTITY_CODE_PATTERN);
        });
        // GH-14: a subject's id is an identifier, with the syntax of every other identifier
        r.refine(Subject.class, t -> {
            Descriptors.pattern(t, "id", Kinds.IDENTIFIER_PATTERN, Kinds.IDENTIFIER_MAX_LENGTH);
            Descriptors.property(t, "id").put("minLength", 1).putObject("not").put("pattern", Kinds.IDENTITY_CODE_PATTERN);
        });
        r.refine(QualityCriterion.class, t -> {
            Descriptors.pattern(t, "code", Descriptors.CODE_PATTERN, Descriptors.MAX_CODE_LENGTH);
            Descriptors.property(t, "parameters").putObject("propertyNames").put("pattern", "^[a-z][A-Za-z0-9]*$")
                    .put("maxLength", Descriptors.MAX_CODE_LENGTH);
        });
        r.refine(Evidence.class, t -> Descriptors.pattern(t, "pointer", Descriptors.POINTER_PATTERN, 0));
        r.refine(CriterionResult.class, t -> {
            Descriptors.pattern(t, "criterionCode", Descriptors.CODE_PATTERN, Descriptors.MAX_CODE_LENGTH);
            Descriptors.pattern(t, "explanationCode", Descriptors.MESSAGE_CODE_PATTERN, 0);
        });
    }

    private static Assessment assessment(AssessmentKind kind, String evaluatorId) {
        Assessment byPerson = Assessment.byPerson();
        if (byPerson.getKind() != kind) {
            if (evaluatorId == null) {
                // An automatic assessment without its evaluator.
                throw InvalidValueException.of(Violation.error(JsonCodes.REQUIRED, "/evaluatorId", Map.of()));
            }
            return Assessment.automatic(evaluatorId);
        }
        if (evaluatorId != null) {
            // GH-14: an assessment by a person names no evaluator; it was read as automatic before
            throw InvalidValueException.of(Violation.error(JsonCodes.INVALID, "/evaluatorId", Map.of()));
        }
        return byPerson;
    }

    /** The schema of an assessment: an evaluator, of the evaluator syntax, exactly when automatic. */
    private static void evaluatorWhenAutomatic(ObjectNode t) {
        Descriptors.pattern(t, "evaluatorId", "^[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*$", Descriptors.MAX_CODE_LENGTH);
        ObjectNode automatic = t.putObject("if");
        automatic.putObject("properties").putObject("kind").put("const", "AUTOMATIC");
        automatic.putArray("required").add("kind");
        t.putObject("then").putArray("required").add("evaluatorId");
        t.putObject("else").putObject("not").putArray("required").add("evaluatorId");
    }

    /**
     * GH-14: every automatic criterion of a framework read from a document names a built-in
     * evaluator, judges the subject kind of the criterion and is given parameters it knows.
     */
    private static Object knownEvaluators(Object framework) {
        QualityFramework f = (QualityFramework) framework;
        List<Violation> problems = f.checkEvaluators(EvaluatorRegistry.builtIn());
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems);
        }
        return f;
    }
}

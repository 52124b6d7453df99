package io.github.polku.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.codevelopment.Theme;
import io.github.polku.measurement.Instruments;
import io.github.polku.rules.RuleBook;
import io.github.polku.testing.CoDevelopmentSamples;
import io.github.polku.testing.Samples;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * GH-10: reflective sweeps over the public types of the exported packages. Every text attribute is
 * classified as personal data (redacted) or not; every value reachable from the samples prints no
 * personal data; and exactly the attributes classified as personal carried the markers.
 */
class RedactionSweepTest {

    /** Text attributes that hold personal data: {@code @Value.Redacted}, never printed. */
    static final Set<String> PERSONAL = Set.of(
            "client.ClientIdentity#getName",
            "codevelopment.Commitment#getNote",
            "codevelopment.ParticipationAssessment#getReason",
            "measurement.GoalAttainmentScale#getLevels",
            "path.ClientPlan#getClientJustification",
            "path.ClientPlan#getClientView",
            "path.ClientPlan#getWorkerJustification",
            "path.ClientPlan#getWorkerView",
            "path.Goal#getWords",
            "path.ServiceNeedAssessment#getClientView",
            "path.ServiceNeedAssessment#getWorkerView",
            "service.RehabilitativeWorkActivity#getPlanGoal",
            "service.RehabilitativeWorkActivity#getPlanSupport",
            "service.Voucher#getAlternativeArrangement");

    /** Text attributes that are codes, references or organisational text, with the reason. */
    static final Map<String, String> NOT_PERSONAL = new TreeMap<>(Map.ofEntries(
            Map.entry("client.Organiser#getCode", "a county or municipality code"),
            Map.entry("codevelopment.CoDevelopmentProcess#getTitle", "the title of a development process"),
            Map.entry("codevelopment.CouncilStatement#getSubject", "the subject of a council statement"),
            Map.entry("codevelopment.Idea#getTitle", "the title of a development idea"),
            Map.entry("codevelopment.ImplementedChange#getTitle", "the title of a change to a service"),
            Map.entry("codevelopment.RoleAssignment#getResponsibilities", "task descriptions of a role"),
            Map.entry("codevelopment.StatusChange#getReason", "why an idea was rejected: about the idea, "
                    + "printed by toString (an open question in docs/SECURITY.md)"),
            Map.entry("codevelopment.Theme#getCode", "a theme code"),
            Map.entry("codevelopment.Training#getProvider", "an organisation"),
            Map.entry("contact.AnonymousContact#getPlace", "a place, documented as never a person's name"),
            Map.entry("identifier.Identifier#getValue", "a pseudonymous identifier"),
            Map.entry("measurement.ChangeScore#getDimension", "a dimension code"),
            Map.entry("measurement.Dimension#getCode", "a dimension code"),
            Map.entry("measurement.Dimension#getNames", "fi/sv/en names of a dimension"),
            Map.entry("measurement.IcfChapter#getCode", "an ICF chapter code"),
            Map.entry("measurement.Instrument#getLicenceNote", "a licence note"),
            Map.entry("measurement.Instrument#getNames", "fi/sv/en names of an instrument"),
            Map.entry("measurement.Instrument#getSource", "a bibliographic source"),
            Map.entry("measurement.Instrument#getVersion", "a version"),
            Map.entry("measurement.Measurement#getScores", "keyed by dimension codes"),
            Map.entry("path.IllegalTransitionException#getCode", "a violation code"),
            Map.entry("quality.Assessment#getEvaluatorId", "an evaluator id"),
            Map.entry("quality.ChangeScoreSummary#getDimension", "a dimension code"),
            Map.entry("quality.Citation#getText", "a bibliographic citation"),
            Map.entry("quality.CohortContradiction#getCode", "a violation code"),
            Map.entry("quality.CohortContradiction#getPart", "a stage, destination or channel code, or an index"),
            Map.entry("quality.CohortContradiction$Figure#getPropertyName", "the name of a property of the summary"),
            Map.entry("quality.Citation#getUrl", "the address of a source"),
            Map.entry("quality.CohortQualityEvaluation#getFrameworkId", "a framework id"),
            Map.entry("quality.CohortQualityEvaluation#getFrameworkVersion", "a framework version"),
            Map.entry("quality.QualityEvaluation#getFrameworkVersion", "a framework version"),
            Map.entry("quality.QualityFramework#getVersion", "a framework version"),
            Map.entry("quality.CriterionEvaluator#getDefaultParameters", "evaluator parameters"),
            Map.entry("quality.CriterionEvaluator#getId", "an evaluator id"),
            Map.entry("quality.CriterionResult#getCriterionCode", "a criterion code"),
            Map.entry("quality.CriterionResult#getExplanationArguments", "codes, counts and dates, like violation arguments"),
            Map.entry("quality.CriterionResult#getExplanationCode", "a message code"),
            Map.entry("quality.CriterionSummary#getCriterionCode", "a criterion code"),
            Map.entry("quality.EvaluationContext#getParameters", "evaluator parameters"),
            Map.entry("quality.EvaluatorRegistry#getIds", "evaluator ids"),
            Map.entry("quality.Evidence#getPointer", "a JSON Pointer"),
            Map.entry("quality.Evidence#getValues", "codes, flags and dates that led to a finding"),
            Map.entry("quality.LocalizedText#getEn", "a criterion name or description"),
            Map.entry("quality.LocalizedText#getFi", "a criterion name or description"),
            Map.entry("quality.LocalizedText#getSv", "a criterion name or description"),
            Map.entry("quality.PersonAssessment#getCriterionCode", "a criterion code"),
            Map.entry("quality.QualityCriterion#getCode", "a criterion code"),
            Map.entry("quality.QualityCriterion#getParameters", "evaluator parameters"),
            Map.entry("quality.QualityEvaluation#getFrameworkId", "a framework id"),
            Map.entry("quality.QualityFramework#getId", "a framework id"),
            Map.entry("quality.Subject#getId", "the pseudonymous id of a path or process"),
            Map.entry("rules.RuleSet#getSource", "a statute citation"),
            Map.entry("service.ProjectFunding#getFunderCode", "a funder code"),
            Map.entry("service.ProjectFunding#getProjectCode", "a project code"),
            Map.entry("service.Provider#getApprovedProviderId", "a register id of a provider"),
            Map.entry("service.Provider#getName", "an organisation name"),
            Map.entry("service.RehabilitativeWorkActivity#getPlanReference", "a document reference"),
            Map.entry("service.Voucher#getAssessmentReference", "a document reference"),
            Map.entry("service.Voucher#getDecisionReference", "a document reference"),
            Map.entry("validation.Violation#getArguments", "codes, limits and dates only (GH-10 tests)"),
            Map.entry("validation.Violation#getCode", "a violation code"),
            Map.entry("validation.Violation#getPath", "a JSON Pointer"),
            Map.entry("validation.ViolationPayload#getArguments", "the arguments of a Violation (GH-15)"),
            Map.entry("validation.ViolationPayload#getCode", "a violation code"),
            Map.entry("validation.ViolationPayload#getPointer", "a JSON Pointer")));

    private static final String BASE = "io.github.polku.";

    @Nested
    class Documentation {

        @Test
        void securityMdListsExactlyTheTextAttributesThatToStringPrints() throws java.io.IOException {
            // GH-21: the list in docs/SECURITY.md is complete, and lists nothing that is not printed
            String doc = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/SECURITY.md"));
            String table = doc.substring(doc.indexOf("<!-- printed-attributes:start -->"),
                    doc.indexOf("<!-- printed-attributes:end -->"));
            Set<String> listed = new TreeSet<>();
            java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^\\| `([a-z]+\\.[A-Za-z$]+#[A-Za-z]+)` \\|").matcher(table);
            while (row.find()) {
                listed.add(row.group(1));
            }
            assertThat(listed).isEqualTo(NOT_PERSONAL.keySet());
        }
    }

    @Nested
    class Classification {

        @Test
        void classifiesEveryTextAttributeOfThePublicApi() {
            Set<String> found = new TreeSet<>();
            for (Class<?> type : ExportedTypes.exportedPublicTypes()) {
                for (Method m : type.getDeclaredMethods()) {
                    if (isGetter(m) && Modifier.isPublic(m.getModifiers())
                            && m.getGenericReturnType().getTypeName().contains("java.lang.String")) {
                        found.add(key(type, m));
                    }
                }
            }
            Set<String> unclassified = new TreeSet<>(found);
            unclassified.removeAll(PERSONAL);
            unclassified.removeAll(NOT_PERSONAL.keySet());
            assertThat(unclassified).as("new text attributes: mark personal ones @Value.Redacted and add every one "
                    + "to PERSONAL or NOT_PERSONAL").isEmpty();
            Set<String> stale = new TreeSet<>(PERSONAL);
            stale.addAll(NOT_PERSONAL.keySet());
            stale.removeAll(found);
            assertThat(stale).as("classified attributes that no longer exist").isEmpty();
        }
    }

    @Nested
    class ReachableValues {

        @Test
        void printsNoPersonalDataInAnyReachableValueAndMarksOnlyPersonalAttributes() {
            Walk walk = new Walk();
            walk.visit(PersonalDataTest.valuesFullOfPersonalData(), "personal");
            walk.visit(io.github.polku.quality.QualityEvaluator.of(io.github.polku.quality.QualityFramework.builtIn())
                    .evaluate(PersonalDataTest.path(), java.time.LocalDate.of(2025, 12, 1)), "quality evaluation");
            walk.visit(List.of(Samples.path(), Samples.pathInRehabilitation(), Samples.meidanTupaVisitorPath(),
                    Samples.hameenlinna2020Path(), Samples.meidanTupaContacts(), Samples.client(),
                    CoDevelopmentSamples.jyvaskyla(), Theme.builtIn(), Instruments.perceivedWorkAbility(),
                    Instruments.icfQualifiers(), RuleBook.finland()), "samples");

            assertThat(walk.marked).as("attributes that carried personal data").isEqualTo(new TreeSet<>(PERSONAL));
            assertThat(walk.typesSeen).as("a sweep that reached most of the model").hasSizeGreaterThan(40);
        }
    }

    static boolean isGetter(Method m) {
        String n = m.getName();
        return m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class
                && ((n.startsWith("get") && n.length() > 3) || (n.startsWith("is") && n.length() > 2));
    }

    static String key(Class<?> type, Method m) {
        return m.getDeclaringClass().getName().substring(BASE.length()) + "#" + m.getName();
    }

    /** A depth-first walk over public getters of Polku values. */
    static final class Walk {
        final Set<String> marked = new TreeSet<>();
        final Set<Class<?>> typesSeen = new java.util.HashSet<>();
        private final Map<Object, Boolean> visited = new IdentityHashMap<>();

        void visit(Object value, String where) {
            if (value == null || visited.put(value, Boolean.TRUE) != null) {
                return;
            }
            if (value instanceof Optional) {
                ((Optional<?>) value).ifPresent(v -> visit(v, where));
                return;
            }
            if (value instanceof Collection) {
                for (Object element : new ArrayList<>((Collection<?>) value)) {
                    visit(element, where);
                }
                return;
            }
            if (value instanceof Map) {
                for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                    visit(e.getKey(), where);
                    visit(e.getValue(), where);
                }
                return;
            }
            Class<?> type = value.getClass();
            if (!type.getName().startsWith(BASE)) {
                return;
            }
            Class<?> api = publicApiType(type);
            typesSeen.add(api);
            Leaks.assertClean("toString of " + api.getName() + " reached from " + where, value.toString());
            if (type.isEnum() || api.isEnum()) {
                return;
            }
            for (Method m : api.getMethods()) {
                if (!isGetter(m) || m.getDeclaringClass() == Object.class || m.getDeclaringClass().isEnum()
                        || !m.getDeclaringClass().getName().startsWith(BASE)) {
                    continue;
                }
                Object result;
                try {
                    result = m.invoke(value);
                } catch (InvocationTargetException e) {
                    Leaks.assertClean(e.getCause());
                    continue;
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
                if (holdsMarker(result)) {
                    marked.add(key(api, m));
                }
                visit(result, where);
            }
        }

        private static Class<?> publicApiType(Class<?> type) {
            Class<?> c = type;
            while (c != null && !ExportedTypes.isPubliclyVisible(c)) {
                c = c.getSuperclass();
            }
            return c == null ? type : c;
        }

        private static boolean holdsMarker(Object result) {
            if (result instanceof String) {
                return ((String) result).contains(Leaks.TEXT_MARKER);
            }
            if (result instanceof Optional) {
                return ((Optional<?>) result).map(Walk::holdsMarker).orElse(false);
            }
            if (result instanceof Collection) {
                return ((Collection<?>) result).stream().anyMatch(Walk::holdsMarker);
            }
            if (result instanceof Map) {
                return ((Map<?, ?>) result).values().stream().anyMatch(Walk::holdsMarker);
            }
            return false;
        }
    }
}

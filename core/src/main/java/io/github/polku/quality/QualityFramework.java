package io.github.polku.quality;

import io.github.polku.internal.validation.Identifiers;
import io.github.polku.validation.IncompleteValueException;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A quality framework (fi: laatukriteeristö, sv: kvalitetskriterier): a named, versioned set of
 * {@link QualityCriterion quality criteria} with its cited source.
 * <p>
 * A framework is data. Build one in code with {@link #builder()}, or {@link #load(Reader) load} it
 * from a text file in the format below, so that an organiser can use a framework Polku does not
 * ship, such as the ten SOSKU criteria of THL (Työpaperi 7/2018), whose exact wording Polku could
 * not confirm. Evaluate paths and processes against it with {@link QualityEvaluator}.
 *
 * <h2>The text format</h2>
 * A framework file is a Java properties file ({@code key=value} lines, {@code #} comments,
 * {@code \}{@code uXXXX} escapes), read as characters, so UTF-8 text works when the
 * {@link Reader} decodes UTF-8. The keys are:
 * <table>
 *   <caption>Keys of a framework file</caption>
 *   <tr><th>key</th><th>meaning</th><th>mandatory</th></tr>
 *   <tr><td>{@code formatVersion}</td><td>{@code 1}</td><td>yes</td></tr>
 *   <tr><td>{@code id}</td><td>identifier: letters, digits, {@code . _ : -}, at most 64</td><td>yes</td></tr>
 *   <tr><td>{@code version}</td><td>version text</td><td>yes</td></tr>
 *   <tr><td>{@code name.fi}, {@code name.sv}, {@code name.en}</td><td>name in three languages</td><td>yes</td></tr>
 *   <tr><td>{@code source.N}, {@code source.N.url}, {@code source.N.confidence}</td><td>cited source
 *       number N (1, 2, ...): text, optional address, and {@link Confidence} (default
 *       {@code CONFIRMED})</td><td>at least one</td></tr>
 *   <tr><td>{@code criteria}</td><td>the criterion codes, comma-separated, in order</td><td>yes</td></tr>
 *   <tr><td>{@code criterion.CODE.name.fi}, {@code .sv}, {@code .en}</td><td>name of a criterion</td><td>yes</td></tr>
 *   <tr><td>{@code criterion.CODE.description.fi}, {@code .sv}, {@code .en}</td><td>description</td><td>yes</td></tr>
 *   <tr><td>{@code criterion.CODE.source.N}, {@code .url}, {@code .confidence}</td><td>cited source of the criterion</td><td>at least one</td></tr>
 *   <tr><td>{@code criterion.CODE.evaluator}</td><td>identifier of the {@link CriterionEvaluator};
 *       absent: the criterion is assessed by a person</td><td>no</td></tr>
 *   <tr><td>{@code criterion.CODE.subject}</td><td>{@link SubjectKind}: {@code PATH} or
 *       {@code PROCESS} or {@code CLIENT}; defaults to the evaluator's kind</td><td>without an evaluator</td></tr>
 *   <tr><td>{@code criterion.CODE.parameter.NAME}</td><td>a parameter of the evaluator</td><td>no</td></tr>
 * </table>
 * Surrounding white space of every value is removed. Reading is strict and reports every problem at once, as violations of one
 * {@link InvalidValueException} whose pointers address the framework model ({@code /criteria/2/name/sv}):
 * a missing mandatory key, an unknown or repeated key, keys of a criterion not listed in
 * {@code criteria}, an unknown {@link Confidence} or {@link SubjectKind} value, and a criterion
 * whose evaluator is <b>not in the registry</b>, judges another kind of subject, or is given an
 * unknown or bad parameter. An unknown evaluator is an error, not a silent fall-back to
 * assessment by a person, so that a misspelt identifier cannot turn an automatic criterion into one
 * that is never evaluated. To keep such a criterion, remove its {@code evaluator} line and give its
 * {@code subject}.
 * <pre>{@code
 * formatVersion=1
 * id=MY_SOSKU_2018
 * version=2018
 * name.fi=SOSKU-laatukriteerit
 * ...
 * criteria=LONG_TERM_SUPPORT
 * criterion.LONG_TERM_SUPPORT.evaluator=path.longTermSupport
 * criterion.LONG_TERM_SUPPORT.parameter.minimumMonths=6
 * ...
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class QualityFramework {

    /** The code of a malformed framework identifier. */
    public static final String ID_FORMAT = "polku.quality.framework.idFormat";
    /** The code of a framework without a cited source. */
    public static final String SOURCE_MISSING = "polku.quality.framework.sourceMissing";
    /** The code of a framework without criteria. */
    public static final String NO_CRITERIA = "polku.quality.framework.noCriteria";
    /** The code of a criterion code used twice in one framework. */
    public static final String DUPLICATE_CRITERION = "polku.quality.criterion.duplicateCode";
    /** The code of a criterion whose evaluator is not in the registry. */
    public static final String UNKNOWN_EVALUATOR = "polku.quality.criterion.unknownEvaluator";
    /** The code of a criterion whose evaluator judges another kind of subject. */
    public static final String SUBJECT_MISMATCH = "polku.quality.criterion.subjectMismatch";
    /** The code of a parameter that the criterion's evaluator does not accept. */
    public static final String UNKNOWN_PARAMETER = "polku.quality.criterion.unknownParameter";
    /** The code of a framework text in a format version this library does not read. */
    public static final String FORMAT_VERSION = "polku.quality.framework.formatVersion";
    /** The code of a key that the framework text format does not define. */
    public static final String UNKNOWN_KEY = "polku.quality.framework.unknownKey";
    /** The code of a key given twice in a framework text. */
    public static final String DUPLICATE_KEY = "polku.quality.framework.duplicateKey";
    /** The code of keys of a criterion that is not listed in {@code criteria}. */
    public static final String UNDECLARED_CRITERION = "polku.quality.framework.undeclaredCriterion";
    /** The code of a value that is not one of the allowed names. */
    public static final String UNKNOWN_VALUE = "polku.quality.framework.unknownValue";

    QualityFramework() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains Polku's built-in framework, {@code POLKU}: criteria whose sources could be cited as
     * confirmed, each judged by a {@link BuiltInEvaluators built-in evaluator} or by a person.
     * <table>
     *   <caption>The built-in criteria</caption>
     *   <tr><th>code</th><th>judged on</th><th>assessment</th><th>cited source</th></tr>
     *   <tr><td>{@code NEED_ASSESSMENT}</td><td>path</td><td>{@value BuiltInEvaluators#NEED_ASSESSMENT}</td><td>Social Welfare Act, section 36; THL guide</td></tr>
     *   <tr><td>{@code NEED_ASSESSMENT_ON_TIME}</td><td>path</td><td>{@value BuiltInEvaluators#NEED_ASSESSMENT_ON_TIME}</td><td>section 36; THL handbook on counting working days</td></tr>
     *   <tr><td>{@code CLIENT_PLAN_WITH_CLIENT}</td><td>path</td><td>{@value BuiltInEvaluators#CLIENT_PLAN}</td><td>section 39; Act 812/2000, section 8</td></tr>
     *   <tr><td>{@code NAMED_WORKER}</td><td>path</td><td>{@value BuiltInEvaluators#NAMED_WORKER}</td><td>section 42; THL guide</td></tr>
     *   <tr><td>{@code GOALS_FOLLOWED_UP}</td><td>path</td><td>{@value BuiltInEvaluators#GOALS_FOLLOWED_UP}</td><td>section 39; THL AVAIN</td></tr>
     *   <tr><td>{@code VOLUNTARY_PARTICIPATION}</td><td>path</td><td>by a person</td><td>SOSKU theme (client's own will); Act 812/2000, section 8</td></tr>
     *   <tr><td>{@code LONG_TERM_SUPPORT}</td><td>path</td><td>{@value BuiltInEvaluators#LONG_TERM_SUPPORT}</td><td>SOSKU theme (long-term support)</td></tr>
     *   <tr><td>{@code METHOD_MIX}</td><td>path</td><td>{@value BuiltInEvaluators#METHOD_MIX}</td><td>section 17 components; low-threshold work</td></tr>
     *   <tr><td>{@code COOPERATION_AT_CLOSURE}</td><td>path</td><td>{@value BuiltInEvaluators#COOPERATION_AT_CLOSURE}</td><td>section 17 (coordination)</td></tr>
     *   <tr><td>{@code OUTCOMES_MEASURED}</td><td>path</td><td>{@value BuiltInEvaluators#OUTCOMES_MEASURED}</td><td>THL AVAIN; THL guide</td></tr>
     *   <tr><td>{@code CLIENTS_ABOVE_TOKENISM}</td><td>process</td><td>{@value BuiltInEvaluators#CLIENTS_ABOVE_TOKENISM}</td><td>SOSKU co-development; Arnstein 1969; Act 611/2021</td></tr>
     *   <tr><td>{@code STAFF_COMPETENCE_DEVELOPMENT}</td><td>process</td><td>{@value BuiltInEvaluators#STAFF_COMPETENCE}</td><td>SOSKU theme (continuous competence development)</td></tr>
     * </table>
     * It is <b>not</b> the list of ten SOSKU criteria of THL, which Polku could not confirm; load
     * that list as your own framework. The framework is read from the data file
     * {@code io/github/polku/quality/polku-quality-framework.properties} in the core jar, a worked
     * example of the format.
     *
     * @return the built-in framework, not null
     */
    public static QualityFramework builtIn() {
        return BuiltIn.FRAMEWORK;
    }

    /** Loads the built-in framework once, on first use. */
    private static final class BuiltIn {
        static final QualityFramework FRAMEWORK = loadBuiltIn();

        private static QualityFramework loadBuiltIn() {
            try (InputStream in = QualityFramework.class.getResourceAsStream("polku-quality-framework.properties")) {
                if (in == null) {
                    throw new IllegalStateException("Missing the built-in quality framework");
                }
                return load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads a framework from text in the format described above, resolving evaluators in the
     * {@link EvaluatorRegistry#builtIn() built-in registry}.
     *
     * @param reader  the text, not null; not closed
     * @return the framework, not null
     * @throws IOException if reading fails
     * @throws InvalidValueException with every problem of the text
     */
    public static QualityFramework load(Reader reader) throws IOException {
        return load(reader, EvaluatorRegistry.builtIn());
    }

    /**
     * Reads a framework from text in the format described above, resolving evaluators in the
     * given registry.
     *
     * @param reader  the text, not null; not closed
     * @param registry  the evaluators a criterion may name, not null
     * @return the framework, not null
     * @throws IOException if reading fails
     * @throws InvalidValueException with every problem of the text
     */
    public static QualityFramework load(Reader reader, EvaluatorRegistry registry) throws IOException {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(registry, "registry");
        return FrameworkFormat.read(reader, registry);
    }

    /**
     * Writes this framework as text in the format described above; {@link #load(Reader)} with a
     * registry that knows its evaluators reads it back to an equal framework. Non-ASCII characters are written as {@code \}{@code uXXXX}
     * escapes, so the text is ASCII.
     *
     * @param writer  where to write, not null; not closed
     * @throws IOException if writing fails
     */
    public void write(Writer writer) throws IOException {
        FrameworkFormat.write(this, Objects.requireNonNull(writer, "writer"));
    }

    /**
     * Gets the identifier: letters, digits, {@code . _ : -}, at most 64 characters.
     *
     * @return the identifier, not null
     */
    public abstract String getId();

    /**
     * Gets the version. Together with the identifier it names the exact set of criteria an
     * evaluation used.
     *
     * @return the version, not null, not blank
     */
    public abstract String getVersion();

    /**
     * Gets the name.
     *
     * @return the name in fi, sv and en, not null
     */
    public abstract LocalizedText getName();

    /**
     * Gets the cited sources of the framework as a whole, at least one.
     *
     * @return the sources, not null, not empty
     */
    public abstract List<Citation> getSources();

    /**
     * Gets the criteria in order, at least one; their codes are unique.
     *
     * @return the criteria, not null, not empty
     */
    public abstract List<QualityCriterion> getCriteria();

    /**
     * Finds a criterion by code.
     *
     * @param code  the criterion code, not null
     * @return the criterion, empty if the framework has none with this code
     */
    public Optional<QualityCriterion> findCriterion(String code) {
        Objects.requireNonNull(code, "code");
        return getCriteria().stream().filter(c -> c.getCode().equals(code)).findFirst();
    }

    /**
     * Checks the structural invariants: a well-formed identifier, a non-blank version, at least one
     * source, at least one criterion and unique criterion codes. Strips surrounding white space
     * from the version.
     *
     * @return this framework, or an equal one with a stripped version, not null
     * @throws InvalidValueException with code {@value #ID_FORMAT} at {@code /id},
     *     {@code polku.value.missing} at {@code /version}, {@value #SOURCE_MISSING} at
     *     {@code /sources}, {@value #NO_CRITERIA} at {@code /criteria} or
     *     {@value #DUPLICATE_CRITERION} at {@code /criteria/<i>/code} of the second use, or
     *     {@code polku.id.identityCode} at {@code /id} or {@code /version} if it holds something shaped
     *     like a personal identity code
     */
    @Value.Check
    protected QualityFramework normalize() {
        List<Violation> violations = new ArrayList<>();
        if (Identifiers.isIdentityCode(getId())) {
            Identifiers.checkFree(getId(), "id", violations);
        } else if (!Checks.matches(Checks.FRAMEWORK_ID, getId())) {
            violations.add(Violation.error(ID_FORMAT, "/id", Map.of("max", Checks.MAX_LENGTH)));
        }
        if (getVersion().isBlank()) {
            violations.add(Violation.error(IncompleteValueException.CODE, "/version", Map.of("attribute", "version")));
        }
        Identifiers.checkFree(getVersion(), "version", violations);
        if (getSources().isEmpty()) {
            violations.add(Violation.error(SOURCE_MISSING, "/sources", Map.of()));
        }
        if (getCriteria().isEmpty()) {
            violations.add(Violation.error(NO_CRITERIA, "/criteria", Map.of()));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < getCriteria().size(); i++) {
            String code = getCriteria().get(i).getCode();
            if (seen.putIfAbsent(code, i) != null) {
                violations.add(Violation.error(DUPLICATE_CRITERION, "/criteria/" + i + "/code", Map.of("code", code)));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        String version = getVersion().strip();
        if (version.equals(getVersion())) {
            return this;
        }
        Builder copy = builder();
        copy.id(getId()).version(version).name(getName()).addAllSources(getSources()).addAllCriteria(getCriteria());
        return copy.build();
    }

    /**
     * Returns the identifier, version and criterion codes.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        List<String> codes = new ArrayList<>();
        getCriteria().forEach(c -> codes.add(c.getCode()));
        return "QualityFramework[" + getId() + " " + getVersion() + " " + codes + "]";
    }

    /**
     * Checks every automatic criterion against a registry: its evaluator is registered, judges the
     * criterion's subject kind and knows the criterion's parameters and their values.
     *
     * @param registry  the evaluators, not null
     * @return the problems, with pointers into the framework such as
     *     {@code /criteria/2/assessment/evaluatorId}; empty if there are none
     */
    public List<Violation> checkEvaluators(EvaluatorRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        return FrameworkFormat.checkEvaluators(this, registry);
    }

    /**
     * Builder for {@code QualityFramework}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableQualityFramework.Builder {
        /** Creates an empty builder; use {@link QualityFramework#builder()}. */
        Builder() {
        }
    }
}

package io.github.polku.quality;

import io.github.polku.internal.validation.JsonPointers;
import io.github.polku.validation.IncompleteValueException;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the text format of {@link QualityFramework}. Reading collects every problem
 * before it throws; pointers address the framework model, not lines of the file, so that the same
 * pointers serve a future JSON form.
 */
final class FrameworkFormat {

    static final String VERSION = "1";
    private static final String CRITERION = "criterion.";
    private static final Pattern SOURCE_KEY = Pattern.compile("source\\.([1-9][0-9]{0,2})(\\.url|\\.confidence)?");

    private FrameworkFormat() {
    }

    // ---------------------------------------------------------------- reading

    static QualityFramework read(Reader reader, EvaluatorRegistry registry) throws IOException {
        Entries entries = new Entries();
        entries.load(reader);
        Parse parse = new Parse(entries.values, registry);
        for (String key : entries.duplicates) {
            parse.violations.add(Violation.error(QualityFramework.DUPLICATE_KEY, "", Map.of("key", key)));
        }
        QualityFramework framework = parse.framework();
        if (!parse.violations.isEmpty()) {
            throw new InvalidValueException(parse.violations);
        }
        return framework;
    }

    /** Checks every automatic criterion of a framework against a registry. */
    static List<Violation> checkEvaluators(QualityFramework framework, EvaluatorRegistry registry) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < framework.getCriteria().size(); i++) {
            checkEvaluator(framework.getCriteria().get(i), "/criteria/" + i, registry, violations);
        }
        return violations;
    }

    private static void checkEvaluator(QualityCriterion criterion, String base, EvaluatorRegistry registry,
            List<Violation> violations) {
        Optional<String> id = criterion.getAssessment().getEvaluatorId();
        if (id.isEmpty()) {
            return;
        }
        Optional<CriterionEvaluator<?>> found = registry.find(id.get());
        if (found.isEmpty()) {
            violations.add(Violation.error(QualityFramework.UNKNOWN_EVALUATOR, base + "/assessment/evaluatorId",
                    Map.of("evaluator", id.get())));
            return;
        }
        CriterionEvaluator<?> evaluator = found.get();
        if (evaluator.getSubjectKind() != criterion.getSubjectKind()) {
            violations.add(Violation.error(QualityFramework.SUBJECT_MISMATCH, base + "/subjectKind",
                    Map.of("evaluator", evaluator.getId(), "expected", evaluator.getSubjectKind())));
        }
        boolean known = true;
        for (String name : criterion.getParameters().keySet()) {
            if (!evaluator.getDefaultParameters().containsKey(name)) {
                known = false;
                violations.add(Violation.error(QualityFramework.UNKNOWN_PARAMETER,
                        base + "/parameters/" + JsonPointers.escape(name),
                        Map.of("evaluator", evaluator.getId(),
                                "accepted", String.join(", ", new TreeSet<>(evaluator.getDefaultParameters().keySet())))));
            }
        }
        if (known) {
            for (Violation v : evaluator.checkParameters(EvaluationContext.mergeParameters(evaluator, criterion))) {
                violations.add(v.atLocation(base + "/parameters"));
            }
        }
    }

    /** Properties that keep the order of the file and notice repeated keys. */
    private static final class Entries extends Properties {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, String> values = new LinkedHashMap<>();
        private final transient Set<String> duplicates = new LinkedHashSet<>();

        @Override
        public synchronized Object put(Object key, Object value) {
            if (values.put((String) key, (String) value) != null) {
                duplicates.add((String) key);
            }
            return super.put(key, value);
        }
    }

    /** One pass over the entries; remembers which keys it used and every problem. */
    private static final class Parse {
        private final Map<String, String> entries;
        private final EvaluatorRegistry registry;
        private final Set<String> used = new HashSet<>();
        private final List<Violation> violations = new ArrayList<>();

        Parse(Map<String, String> entries, EvaluatorRegistry registry) {
            this.entries = entries;
            this.registry = registry;
        }

        QualityFramework framework() {
            String format = take("formatVersion");
            if (format == null) {
                missing("formatVersion", "/formatVersion");
            } else if (!format.strip().equals(VERSION)) {
                violations.add(Violation.error(QualityFramework.FORMAT_VERSION, "/formatVersion", Map.of("supported", VERSION)));
                return null;   // the other keys may mean something else in another version
            }
            String id = required("id", "/id");
            String version = required("version", "/version");
            LocalizedText name = text("name.", "/name");
            int beforeSources = violations.size();
            List<Citation> sources = sources("", "/sources");
            boolean sourcesFailed = violations.size() > beforeSources;
            String list = required("criteria", "/criteria");
            List<String> codes = codes(list);
            List<QualityCriterion> criteria = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                if (!seen.add(code)) {
                    violations.add(Violation.error(QualityFramework.DUPLICATE_CRITERION, "/criteria/" + i + "/code",
                            Map.of("code", code)));
                    continue;
                }
                QualityCriterion criterion = criterion(code, "/criteria/" + i);
                if (criterion != null) {
                    criteria.add(criterion);
                }
            }
            undeclaredAndUnknownKeys(seen);
            if (id == null || version == null || name == null) {
                return null;
            }
            try {
                return QualityFramework.builder().id(id.strip()).version(version.strip()).name(name)
                        .addAllSources(sources).addAllCriteria(criteria).build();
            } catch (InvalidValueException e) {
                for (Violation v : e.getViolations()) {
                    // a listed criterion or a source that failed is reported already; "none" would mislead
                    if (!(v.getCode().equals(QualityFramework.NO_CRITERIA) && (list == null || !codes.isEmpty()))
                            && !(v.getCode().equals(QualityFramework.SOURCE_MISSING) && sourcesFailed)) {
                        violations.add(v);
                    }
                }
                return null;
            }
        }

        private static List<String> codes(String list) {
            List<String> codes = new ArrayList<>();
            if (list != null) {
                for (String code : list.split(",")) {
                    if (!code.isBlank()) {
                        codes.add(code.strip());
                    }
                }
            }
            return codes;
        }

        private QualityCriterion criterion(String code, String base) {
            String prefix = CRITERION + code + ".";
            if (!Checks.matches(Checks.CRITERION_CODE, code)) {
                violations.add(Violation.error(QualityCriterion.CODE_FORMAT, base + "/code", Map.of("max", Checks.MAX_LENGTH)));
                entries.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(used::add);
                return null;
            }
            int before = violations.size();
            LocalizedText name = text(prefix + "name.", base + "/name");
            LocalizedText description = text(prefix + "description.", base + "/description");
            List<Citation> sources = sources(prefix, base + "/sources");
            Assessment assessment = Assessment.byPerson();
            CriterionEvaluator<?> evaluator = null;
            String evaluatorId = take(prefix + "evaluator");
            if (evaluatorId != null) {
                try {
                    assessment = Assessment.automatic(evaluatorId.strip());
                    evaluator = registry.find(assessment.getEvaluatorId().orElseThrow()).orElse(null);
                } catch (InvalidValueException e) {
                    e.getViolations().forEach(v -> violations.add(v.atLocation(base + "/assessment")));
                }
            }
            SubjectKind kind = null;
            String subject = take(prefix + "subject");
            if (subject != null) {
                kind = enumValue(SubjectKind.class, subject, base + "/subjectKind");
            } else if (evaluator != null) {
                kind = evaluator.getSubjectKind();
            } else if (assessment.isAutomatic()) {
                violations.add(Violation.error(QualityFramework.UNKNOWN_EVALUATOR, base + "/assessment/evaluatorId",
                        Map.of("evaluator", evaluatorId.strip())));
            } else if (evaluatorId == null) {
                missing(prefix + "subject", base + "/subjectKind");
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            String parameterPrefix = prefix + "parameter.";
            for (Map.Entry<String, String> e : entries.entrySet()) {
                if (e.getKey().startsWith(parameterPrefix)) {
                    used.add(e.getKey());
                    parameters.put(e.getKey().substring(parameterPrefix.length()), e.getValue().strip());
                }
            }
            if (violations.size() > before || kind == null) {
                return null;
            }
            try {
                QualityCriterion criterion = QualityCriterion.builder().code(code).name(name).description(description)
                        .addAllSources(sources).subjectKind(kind).assessment(assessment).putAllParameters(parameters)
                        .build();
                checkEvaluator(criterion, base, registry, violations);
                return violations.size() > before ? null : criterion;
            } catch (InvalidValueException e) {
                e.getViolations().forEach(v -> violations.add(v.atLocation(base)));
                return null;
            }
        }

        private List<Citation> sources(String prefix, String base) {
            Set<Integer> numbers = new TreeSet<>();
            for (String key : entries.keySet()) {
                if (key.startsWith(prefix)) {
                    Matcher m = SOURCE_KEY.matcher(key.substring(prefix.length()));
                    if (m.matches()) {
                        numbers.add(Integer.valueOf(m.group(1)));
                    }
                }
            }
            List<Citation> sources = new ArrayList<>();
            int index = 0;
            for (int n : numbers) {
                String key = prefix + "source." + n;
                String at = base + "/" + index++;
                String text = required(key, at + "/text");
                String url = take(key + ".url");
                String confidence = required(key + ".confidence", at + "/confidence");
                Confidence mark = confidence == null ? null : enumValue(Confidence.class, confidence, at + "/confidence");
                if (text == null || mark == null) {
                    continue;
                }
                try {
                    Citation.Builder citation = Citation.builder().text(text.strip()).confidence(mark);
                    if (url != null) {
                        citation.url(url.strip());
                    }
                    sources.add(citation.build());
                } catch (InvalidValueException e) {
                    e.getViolations().forEach(v -> violations.add(v.atLocation(at)));
                }
            }
            return sources;
        }

        private LocalizedText text(String prefix, String base) {
            String fi = required(prefix + "fi", base + "/fi");
            String sv = required(prefix + "sv", base + "/sv");
            String en = required(prefix + "en", base + "/en");
            if (fi == null || sv == null || en == null) {
                return null;
            }
            try {
                return LocalizedText.of(fi, sv, en);
            } catch (InvalidValueException e) {
                e.getViolations().forEach(v -> violations.add(v.atLocation(base)));
                return null;
            }
        }

        private <E extends Enum<E>> E enumValue(Class<E> type, String text, String pointer) {
            try {
                return Enum.valueOf(type, text.strip());
            } catch (IllegalArgumentException e) {
                List<String> names = new ArrayList<>();
                Arrays.stream(type.getEnumConstants()).forEach(c -> names.add(c.name()));
                violations.add(Violation.error(QualityFramework.UNKNOWN_VALUE, pointer, Map.of("allowed", String.join(", ", names))));
                return null;
            }
        }

        private void undeclaredAndUnknownKeys(Set<String> declared) {
            Set<String> undeclared = new LinkedHashSet<>();
            for (String key : entries.keySet()) {
                if (used.contains(key)) {
                    continue;
                }
                int dot = key.indexOf('.', CRITERION.length());
                if (key.startsWith(CRITERION) && dot > CRITERION.length()) {
                    String code = key.substring(CRITERION.length(), dot);
                    if (!declared.contains(code)) {
                        if (undeclared.add(code)) {
                            violations.add(Violation.error(QualityFramework.UNDECLARED_CRITERION, "/criteria",
                                    Map.of("code", code)));
                        }
                        continue;
                    }
                }
                violations.add(Violation.error(QualityFramework.UNKNOWN_KEY, "", Map.of("key", key)));
            }
        }

        private String take(String key) {
            used.add(key);
            return entries.get(key);
        }

        private String required(String key, String pointer) {
            String value = take(key);
            if (value == null || value.isBlank()) {
                missing(key, pointer);
                return null;
            }
            return value;
        }

        private void missing(String key, String pointer) {
            violations.add(Violation.error(IncompleteValueException.CODE, pointer, Map.of("attribute", key)));
        }
    }

    // ---------------------------------------------------------------- writing

    static void write(QualityFramework framework, Writer out) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append("# Polku quality framework; see QualityFramework for the format.\n");
        line(text, "formatVersion", VERSION);
        line(text, "id", framework.getId());
        line(text, "version", framework.getVersion());
        texts(text, "name.", framework.getName());
        sources(text, "", framework.getSources());
        List<String> codes = new ArrayList<>();
        framework.getCriteria().forEach(c -> codes.add(c.getCode()));
        line(text, "criteria", String.join(", ", codes));
        for (QualityCriterion criterion : framework.getCriteria()) {
            String prefix = CRITERION + criterion.getCode() + ".";
            text.append('\n');
            texts(text, prefix + "name.", criterion.getName());
            texts(text, prefix + "description.", criterion.getDescription());
            sources(text, prefix, criterion.getSources());
            line(text, prefix + "subject", criterion.getSubjectKind().name());
            if (criterion.getAssessment().isAutomatic()) {
                line(text, prefix + "evaluator", criterion.getAssessment().getEvaluatorId().orElseThrow());
            }
            for (Map.Entry<String, String> p : criterion.getParameters().entrySet()) {
                line(text, prefix + "parameter." + p.getKey(), p.getValue());
            }
        }
        out.write(text.toString());
    }

    private static void texts(StringBuilder text, String prefix, LocalizedText value) {
        line(text, prefix + "fi", value.getFi());
        line(text, prefix + "sv", value.getSv());
        line(text, prefix + "en", value.getEn());
    }

    private static void sources(StringBuilder text, String prefix, List<Citation> sources) {
        for (int i = 0; i < sources.size(); i++) {
            String key = prefix + "source." + (i + 1);
            Citation c = sources.get(i);
            line(text, key, c.getText());
            if (c.getUrl().isPresent()) {
                line(text, key + ".url", c.getUrl().get());
            }
            line(text, key + ".confidence", c.getConfidence().name());
        }
    }

    private static void line(StringBuilder text, String key, String value) {
        escape(text, key, true);
        text.append('=');
        escape(text, value, false);
        text.append('\n');
    }

    /** Escapes like {@link Properties#store(java.io.OutputStream, String)}: the result is ASCII. */
    private static void escape(StringBuilder out, String s, boolean key) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                case ' ':
                    out.append(i == 0 || key ? "\\ " : " ");
                    break;
                case '=':
                case ':':
                case '#':
                case '!':
                    out.append(key || i == 0 ? "\\" + c : String.valueOf(c));
                    break;
                default:
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
    }
}

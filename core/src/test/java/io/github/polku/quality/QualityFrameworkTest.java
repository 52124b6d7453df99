package io.github.polku.quality;

import static io.github.polku.quality.QualitySamples.byPerson;
import static io.github.polku.quality.QualitySamples.citation;
import static io.github.polku.quality.QualitySamples.framework;
import static io.github.polku.quality.QualitySamples.registry;
import static io.github.polku.quality.QualitySamples.text;
import static io.github.polku.quality.QualitySamples.visitsCriterion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QualityFrameworkTest {

    /** A complete, valid text for one automatic and one manual criterion; tests break one line. */
    private static final String VALID = String.join("\n",
            "formatVersion=1",
            "id=T",
            "version=1",
            "name.fi=Nimi",
            "name.sv=Namn",
            "name.en=Name",
            "source.1=Source",
            "source.1.confidence=CONFIRMED",
            "criteria=A, B",
            "criterion.A.name.fi=a",
            "criterion.A.name.sv=a",
            "criterion.A.name.en=a",
            "criterion.A.description.fi=a",
            "criterion.A.description.sv=a",
            "criterion.A.description.en=a",
            "criterion.A.source.1=Source A",
            "criterion.A.source.1.confidence=CONFIRMED",
            "criterion.A.evaluator=test.minimumVisits",
            "criterion.B.name.fi=b",
            "criterion.B.name.sv=b",
            "criterion.B.name.en=b",
            "criterion.B.description.fi=b",
            "criterion.B.description.sv=b",
            "criterion.B.description.en=b",
            "criterion.B.source.1=Source B",
            "criterion.B.source.1.confidence=CONFIRMED",
            "criterion.B.subject=PROCESS",
            "");

    private static QualityFramework load(String text) throws IOException {
        return QualityFramework.load(new StringReader(text), registry());
    }

    private static List<Violation> problems(String text) {
        List<Violation> found = new ArrayList<>();
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> load(text))
                .satisfies(e -> found.addAll(e.getViolations()));
        return found;
    }

    private static String replace(String line, String replacement) {
        assertThat(VALID).contains(line + "\n");
        return VALID.replace(line + "\n", replacement.isEmpty() ? "" : replacement + "\n");
    }

    @Nested
    class Build {
        @Test
        void findsCriterionByCode() {
            QualityFramework f = framework(byPerson("A"), byPerson("B"));
            assertThat(f.findCriterion("B")).contains(byPerson("B"));
            assertThat(f.findCriterion("C")).isEmpty();
            assertThat(f).hasToString("QualityFramework[TEST 1 [A, B]]");
        }

        @Test
        void reportsEveryStructuralProblemAtOnce() {
            QualityFramework.Builder b = QualityFramework.builder();
            b.id("no spaces").version(" ").name(text("n"));
            assertThatExceptionOfType(InvalidValueException.class).isThrownBy(b::build)
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(
                                    tuple(QualityFramework.ID_FORMAT, "/id"),
                                    tuple("polku.value.missing", "/version"),
                                    tuple(QualityFramework.SOURCE_MISSING, "/sources"),
                                    tuple(QualityFramework.NO_CRITERIA, "/criteria")));
        }

        @Test
        void rejectsDuplicateCriterionCodeAtSecondUse() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> framework(byPerson("A"), byPerson("B"), byPerson("A")))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(QualityFramework.DUPLICATE_CRITERION, "/criteria/2/code")));
        }
    }

    @Nested
    class Load {
        @Test
        void readsDataFileWithEveryAttribute() throws IOException {
            QualityFramework f;
            try (InputStream in = QualityFrameworkTest.class.getResourceAsStream("toy-framework.properties");
                    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                f = QualityFramework.load(reader, registry());
            }
            assertThat(f.getId()).isEqualTo("TOY_2025");
            assertThat(f.getVersion()).isEqualTo("2025.1");
            assertThat(f.getName().get(Locale.forLanguageTag("fi"))).isEqualTo("Lelukriteerist\u00f6");
            assertThat(f.getSources()).containsExactly(Citation.of("A fictional handbook of good practice", Confidence.UNCONFIRMED));
            assertThat(f.getCriteria()).extracting(QualityCriterion::getCode).containsExactly("ENOUGH_VISITS", "ASKED_BY_PERSON");
            QualityCriterion visits = f.getCriteria().get(0);
            assertThat(visits.getName().getSv()).isEqualTo("Tillr\u00e4ckligt med bes\u00f6k");
            assertThat(visits.getSources()).containsExactly(
                    Citation.of("Social Welfare Act 1301/2014, section 17", "https://www.finlex.fi/fi/laki/ajantasa/2014/20141301",
                            Confidence.CONFIRMED),
                    Citation.of("A fictional handbook, chapter 2", Confidence.PARTLY_CONFIRMED));
            assertThat(visits.getAssessment()).isEqualTo(Assessment.automatic("test.minimumVisits"));
            assertThat(visits.getSubjectKind()).isEqualTo(SubjectKind.PATH);
            assertThat(visits.getParameters()).containsExactly(entry("minimum", "3"));
            QualityCriterion manual = f.getCriteria().get(1);
            assertThat(manual.getAssessment()).isEqualTo(Assessment.byPerson());
            assertThat(manual.getSubjectKind()).isEqualTo(SubjectKind.PATH);
        }

        @Test
        void takesSubjectKindFromEvaluatorWhenNotGiven() throws IOException {
            assertThat(load(VALID).getCriteria()).extracting(QualityCriterion::getSubjectKind)
                    .containsExactly(SubjectKind.PATH, SubjectKind.PROCESS);
        }

        @Test
        void reportsMissingKeysAtModelPointers() {
            String text = replace("name.sv=Namn", "")
                    .replace("criterion.B.description.en=b\n", "")
                    .replace("criterion.A.source.1.confidence=CONFIRMED\n", "");
            assertThat(problems(text)).extracting(Violation::getCode, Violation::getPath)
                    .containsExactlyInAnyOrder(
                            tuple("polku.value.missing", "/name/sv"),
                            tuple("polku.value.missing", "/criteria/0/sources/0/confidence"),
                            tuple("polku.value.missing", "/criteria/1/description/en"));
        }

        @Test
        void reportsCriterionWithoutEvaluatorOrSubject() {
            assertThat(problems(replace("criterion.B.subject=PROCESS", ""))).extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple("polku.value.missing", "/criteria/1/subjectKind"));
        }

        @Test
        void rejectsUnknownEvaluatorInsteadOfFallingBackToPerson() {
            assertThat(problems(replace("criterion.A.evaluator=test.minimumVisits", "criterion.A.evaluator=test.minimumVisit")))
                    .extracting(Violation::getCode, Violation::getPath, Violation::getArguments)
                    .containsExactly(tuple(QualityFramework.UNKNOWN_EVALUATOR, "/criteria/0/assessment/evaluatorId",
                            java.util.Map.of("evaluator", "test.minimumVisit")));
        }

        @Test
        void rejectsUnknownEvaluatorAlsoWhenSubjectIsGiven() {
            String text = replace("criterion.A.evaluator=test.minimumVisits", "criterion.A.evaluator=nope\ncriterion.A.subject=PATH");
            assertThat(problems(text)).extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple(QualityFramework.UNKNOWN_EVALUATOR, "/criteria/0/assessment/evaluatorId"));
        }

        @Test
        void rejectsUnknownEvaluatorOfTheDefaultRegistry() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> QualityFramework.load(new StringReader(replace(
                            "criterion.A.evaluator=test.minimumVisits", "criterion.A.evaluator=test.unknown"))))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode)
                            .containsExactly(QualityFramework.UNKNOWN_EVALUATOR));
        }

        @Test
        void rejectsMalformedEvaluatorId() {
            assertThat(problems(replace("criterion.A.evaluator=test.minimumVisits", "criterion.A.evaluator=Bad Id")))
                    .extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple(Assessment.EVALUATOR_ID_FORMAT, "/criteria/0/assessment/evaluatorId"));
        }

        @Test
        void rejectsSubjectKindOtherThanTheEvaluators() {
            String text = replace("criterion.A.evaluator=test.minimumVisits",
                    "criterion.A.evaluator=test.minimumVisits\ncriterion.A.subject=PROCESS");
            assertThat(problems(text)).extracting(Violation::getCode, Violation::getPath, Violation::getArguments)
                    .containsExactly(tuple(QualityFramework.SUBJECT_MISMATCH, "/criteria/0/subjectKind",
                            java.util.Map.of("evaluator", "test.minimumVisits", "expected", "PATH")));
        }

        @Test
        void rejectsUnknownAndBadParameters() {
            String unknown = replace("criterion.A.evaluator=test.minimumVisits",
                    "criterion.A.evaluator=test.minimumVisits\ncriterion.A.parameter.maximum=3");
            assertThat(problems(unknown)).extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple(QualityFramework.UNKNOWN_PARAMETER, "/criteria/0/parameters/maximum"));
            String bad = replace("criterion.A.evaluator=test.minimumVisits",
                    "criterion.A.evaluator=test.minimumVisits\ncriterion.A.parameter.minimum=0");
            assertThat(problems(bad)).extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple("polku.quality.parameter.notPositive", "/criteria/0/parameters/minimum"));
        }

        @Test
        void rejectsParametersOnCriterionAssessedByPerson() {
            String text = replace("criterion.B.subject=PROCESS", "criterion.B.subject=PROCESS\ncriterion.B.parameter.x=1");
            assertThat(problems(text)).extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple(QualityCriterion.PARAMETERS_WITHOUT_EVALUATOR, "/criteria/1/parameters"));
        }

        @Test
        void reportsUnknownRepeatedAndUndeclaredKeys() {
            String text = VALID + "colour=blue\nid=T\ncriterion.C.name.fi=c\ncriterion.C.name.en=c\ncriterion.A.nmae.fi=x\n";
            assertThat(problems(text)).extracting(Violation::getCode, Violation::getPath, Violation::getArguments)
                    .containsExactlyInAnyOrder(
                            tuple(QualityFramework.DUPLICATE_KEY, "", java.util.Map.of("key", "id")),
                            tuple(QualityFramework.UNKNOWN_KEY, "", java.util.Map.of("key", "colour")),
                            tuple(QualityFramework.UNKNOWN_KEY, "", java.util.Map.of("key", "criterion.A.nmae.fi")),
                            tuple(QualityFramework.UNDECLARED_CRITERION, "/criteria", java.util.Map.of("code", "C")));
        }

        @Test
        void reportsUnknownEnumValuesWithAllowedNames() {
            String text = replace("criterion.B.subject=PROCESS", "criterion.B.subject=PERSON")
                    .replace("source.1.confidence=CONFIRMED\ncriteria", "source.1.confidence=SURE\ncriteria");
            assertThat(problems(text)).extracting(Violation::getCode, Violation::getPath, Violation::getArguments)
                    .containsExactlyInAnyOrder(
                            tuple(QualityFramework.UNKNOWN_VALUE, "/sources/0/confidence",
                                    java.util.Map.of("allowed", "CONFIRMED, PARTLY_CONFIRMED, UNCONFIRMED")),
                            tuple(QualityFramework.UNKNOWN_VALUE, "/criteria/1/subjectKind",
                                    java.util.Map.of("allowed", "PATH, PROCESS, CLIENT")));
        }

        @Test
        void reportsDuplicateAndMalformedCodesInCriteriaList() {
            String text = replace("criteria=A, B", "criteria=A, B, A, bad.code");
            assertThat(problems(text)).extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(
                            tuple(QualityFramework.DUPLICATE_CRITERION, "/criteria/2/code"),
                            tuple(QualityCriterion.CODE_FORMAT, "/criteria/3/code"));
        }

        @Test
        void reportsEmptyCriteriaList() {
            String text = VALID.replace("criteria=A, B", "criteria= ,").replaceAll("criterion\\.[AB]\\.[^\n]*\n", "");
            assertThat(problems(text)).extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple(QualityFramework.NO_CRITERIA, "/criteria"));
            String none = VALID.replace("criteria=A, B\n", "").replaceAll("criterion\\.[AB]\\.[^\n]*\n", "");
            assertThat(problems(none)).extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple("polku.value.missing", "/criteria"));
        }

        @Test
        void reportsCriteriaWithoutSources() {
            String text = VALID.replaceAll("criterion\\.A\\.source[^\n]*\n", "");
            assertThat(problems(text)).extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple(QualityCriterion.SOURCE_MISSING, "/criteria/0/sources"));
        }

        @Test
        void stopsAtUnsupportedFormatVersion() {
            assertThat(problems(replace("formatVersion=1", "formatVersion=2")))
                    .extracting(Violation::getCode, Violation::getPath, Violation::getArguments)
                    .containsExactly(tuple(QualityFramework.FORMAT_VERSION, "/formatVersion", java.util.Map.of("supported", "1")));
        }

        @Test
        void requiresFormatVersion() {
            assertThat(problems(replace("formatVersion=1", ""))).extracting(Violation::getCode, Violation::getPath)
                    .containsExactly(tuple("polku.value.missing", "/formatVersion"));
        }

        @Test
        void reportsEmptyTextCompletely() {
            assertThat(problems("")).extracting(Violation::getPath).containsExactly(
                    "/formatVersion", "/id", "/version", "/name/fi", "/name/sv", "/name/en", "/criteria");
        }
    }

    @Nested
    class Write {
        @Test
        void writesAsciiTextThatLoadsBackEqual() throws IOException {
            QualityFramework f = framework(
                    visitsCriterion("A", "4"),
                    QualityCriterion.builder().code("B_2").name(LocalizedText.of("\u00c4\u00e4 = ok: #1!", " sv ", "line\nbreak \\ x"))
                            .description(text("d"))
                            .addSource(Citation.of("  leading space", "https://example.org/a?b=c#d", Confidence.UNCONFIRMED))
                            .subjectKind(SubjectKind.PROCESS).assessment(Assessment.byPerson()).build());
            StringWriter out = new StringWriter();
            f.write(out);
            assertThat(out.toString()).matches("\\A\\p{ASCII}*\\z").contains("criterion.A.parameter.minimum=4\n");
            assertThat(load(out.toString())).isEqualTo(f);
        }

        @Test
        void writesCitationsOfTheFramework() throws IOException {
            StringWriter out = new StringWriter();
            framework(byPerson("A")).write(out);
            assertThat(out.toString()).contains("source.1=" + citation().getText() + "\n", "source.1.confidence=CONFIRMED\n",
                    "criterion.A.subject=PATH\n").doesNotContain("evaluator");
        }
    }
}

package io.github.polku.quality;

import static io.github.polku.testing.Generators.anyText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.polku.testing.Generators;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * Writing a framework and loading the text gives an equal framework, whatever its texts hold: 100
 * generated frameworks (QuickTheories; a failure prints the seed, rerun with {@code -DQT_SEED=...},
 * docs/TESTING.md) and the edge frameworks as rows.
 */
class QualityFrameworkPropertiesTest {

    @Test
    void writeThenLoadIsIdentity() {
        qt().withExamples(100).forAll(frameworks()).checkAssert(QualityFrameworkPropertiesTest::writeThenLoad);
    }

    /** Shortest and hostile texts, the fewest and the most criteria, sources and parameters at their bounds. */
    static Stream<QualityFramework> edgeFrameworks() {
        String hostile = "\"\\\n\r\t\u0000\u0001=:#!\u00e4\u0416\uD83D\uDE00\uD800 x\uFFFF";
        String longest = "\u00e5".repeat(30);
        return Stream.of(
                framework(texts("x"), List.of(citation("x", Confidence.values()[0], Optional.empty())),
                        List.of(criterion(texts("x"), texts("x"), List.of(citation("x", Confidence.values()[0], Optional.empty())), true, 1)),
                        "0"),
                framework(texts(hostile), List.of(citation(hostile, Confidence.values()[Confidence.values().length - 1], Optional.of(hostile)),
                        citation(longest, Confidence.values()[0], Optional.of("x"))),
                        List.of(criterion(texts(hostile), texts(longest), List.of(citation(hostile, Confidence.values()[0], Optional.of(hostile))), true, 99),
                                criterion(texts(longest), texts(hostile), List.of(citation("x", Confidence.values()[0], Optional.empty()),
                                        citation(hostile, Confidence.values()[0], Optional.empty()),
                                        citation(longest, Confidence.values()[0], Optional.of(longest))), false, 1),
                                criterion(texts("x"), texts("x"), List.of(citation("x", Confidence.values()[0], Optional.empty())), true, 50),
                                criterion(texts("x"), texts("x"), List.of(citation("x", Confidence.values()[0], Optional.empty())), false, 50)),
                        "99999"));
    }

    @ParameterizedTest
    @MethodSource("edgeFrameworks")
    void writeThenLoadIsIdentityAtTheEdges(QualityFramework framework) {
        writeThenLoad(framework);
    }

    private static void writeThenLoad(QualityFramework framework) {
        try {
            StringWriter out = new StringWriter();
            framework.write(out);
            assertThat(out.toString()).matches("\\A\\p{ASCII}*\\z");
            assertThat(QualityFramework.load(new StringReader(out.toString()), QualitySamples.registry())).isEqualTo(framework);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Gen<QualityFramework> frameworks() {
        Gen<QualityCriterion> criterion = texts().zip(texts(), lists().of(citations()).ofSizeBetween(1, 3), booleans().all(),
                integers().between(1, 99), QualityFrameworkPropertiesTest::criterion);
        return texts().zip(lists().of(citations()).ofSizeBetween(1, 2), lists().of(criterion).ofSizeBetween(1, 4),
                Generators.textOf("0123456789", 1, 5), QualityFrameworkPropertiesTest::framework);
    }

    private static QualityCriterion criterion(LocalizedText name, LocalizedText description, List<Citation> sources,
            boolean automatic, int minimum) {
        QualityCriterion.Builder b = QualityCriterion.builder();
        b.code("C").name(name).description(description).addAllSources(sources).subjectKind(SubjectKind.PATH);
        if (automatic) {
            b.assessment(Assessment.automatic("test.minimumVisits")).putParameter("minimum", String.valueOf(minimum));
        } else {
            b.assessment(Assessment.byPerson());
        }
        return b.build();
    }

    private static QualityFramework framework(LocalizedText name, List<Citation> sources, List<QualityCriterion> criteria,
            String version) {
        QualityFramework.Builder b = QualityFramework.builder();
        b.id("GEN").version(version).name(name).addAllSources(sources);
        for (int i = 0; i < criteria.size(); i++) {
            b.addCriterion(renamed(criteria.get(i), "C_" + i));
        }
        return b.build();
    }

    private static QualityCriterion renamed(QualityCriterion c, String code) {
        QualityCriterion.Builder b = QualityCriterion.builder();
        b.code(code).name(c.getName()).description(c.getDescription()).addAllSources(c.getSources())
                .subjectKind(c.getSubjectKind()).assessment(c.getAssessment()).putAllParameters(c.getParameters());
        return b.build();
    }

    private static Gen<String> text() {
        // any characters, including escapes, separators and non-Latin letters; not blank
        return anyText(1, 30).assuming(s -> !s.isBlank());
    }

    private static LocalizedText texts(String text) {
        return LocalizedText.of(text, text, text);
    }

    private static Gen<LocalizedText> texts() {
        return text().zip(text(), text(), LocalizedText::of);
    }

    private static Citation citation(String text, Confidence confidence, Optional<String> url) {
        Citation.Builder b = Citation.builder().text(text).confidence(confidence);
        url.ifPresent(b::url);
        return b.build();
    }

    private static Gen<Citation> citations() {
        return text().zip(arbitrary().enumValues(Confidence.class), text().toOptionals(50), QualityFrameworkPropertiesTest::citation);
    }
}

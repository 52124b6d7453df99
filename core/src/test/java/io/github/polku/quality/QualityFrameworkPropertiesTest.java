package io.github.polku.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing a framework and loading the text gives an equal framework, whatever its texts hold. */
class QualityFrameworkPropertiesTest {

    @Property(tries = 100)
    void writeThenLoadIsIdentity(@ForAll("frameworks") QualityFramework framework) throws IOException {
        StringWriter out = new StringWriter();
        framework.write(out);
        assertThat(out.toString()).matches("\\A\\p{ASCII}*\\z");
        assertThat(QualityFramework.load(new StringReader(out.toString()), QualitySamples.registry())).isEqualTo(framework);
    }

    @Provide
    Arbitrary<QualityFramework> frameworks() {
        Arbitrary<QualityCriterion> criterion = Combinators.combine(texts(), texts(), citations().list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.of(true, false), Arbitraries.integers().between(1, 99))
                .as((name, description, sources, automatic, minimum) -> {
                    QualityCriterion.Builder b = QualityCriterion.builder();
                    b.code("C").name(name).description(description).addAllSources(sources).subjectKind(SubjectKind.PATH);
                    if (automatic) {
                        b.assessment(Assessment.automatic("test.minimumVisits")).putParameter("minimum", String.valueOf(minimum));
                    } else {
                        b.assessment(Assessment.byPerson());
                    }
                    return b.build();
                });
        return Combinators.combine(texts(), citations().list().ofMinSize(1).ofMaxSize(2), criterion.list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(5))
                .as((name, sources, criteria, version) -> {
                    QualityFramework.Builder b = QualityFramework.builder();
                    b.id("GEN").version(version).name(name).addAllSources(sources);
                    for (int i = 0; i < criteria.size(); i++) {
                        b.addCriterion(renamed(criteria.get(i), "C_" + i));
                    }
                    return b.build();
                });
    }

    private static QualityCriterion renamed(QualityCriterion c, String code) {
        QualityCriterion.Builder b = QualityCriterion.builder();
        b.code(code).name(c.getName()).description(c.getDescription()).addAllSources(c.getSources())
                .subjectKind(c.getSubjectKind()).assessment(c.getAssessment()).putAllParameters(c.getParameters());
        return b.build();
    }

    private static Arbitrary<String> text() {
        // any characters, including escapes, separators and non-Latin letters; not blank
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30).filter(s -> !s.isBlank());
    }

    private static Arbitrary<LocalizedText> texts() {
        return Combinators.combine(text(), text(), text()).as(LocalizedText::of);
    }

    private static Arbitrary<Citation> citations() {
        return Combinators.combine(text(), Arbitraries.of(Confidence.class), text().optional())
                .as((text, confidence, url) -> {
                    Citation.Builder b = Citation.builder().text(text).confidence(confidence);
                    url.ifPresent(b::url);
                    return b.build();
                });
    }

}

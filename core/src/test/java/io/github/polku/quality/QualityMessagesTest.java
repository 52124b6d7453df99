package io.github.polku.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.internal.validation.Messages;
import io.github.polku.validation.Violation;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Explanations and violations of the quality package, rendered in each language with their arguments. */
class QualityMessagesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fi | P\u00e4\u00e4ttyess\u00e4 asiakas siirtyi jatkopolulle MENTAL_HEALTH_SERVICES
            sv | Vid avslutandet gick klienten vidare till MENTAL_HEALTH_SERVICES
            en | At closure the client moved on to MENTAL_HEALTH_SERVICES
            """)
    void rendersAnExplanationWithItsArguments(String language, String expected) {
        CriterionResult r = QualityEvaluator.of(QualityFramework.builtIn()).evaluate(HandCohort.h1(), HandCohort.EVALUATED_ON)
                .findResult("COOPERATION_AT_CLOSURE").orElseThrow();
        assertThat(r.getExplanation(Locale.forLanguageTag(language))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fi | Asiakassuunnitelman {goals} tavoitteesta seurattiin {followed}                  | Asiakassuunnitelman 3 tavoitteesta seurattiin 2
            sv | {followed} av klientplanens {goals} m\u00e5l f\u00f6ljdes upp                      | 2 av klientplanens 3 m\u00e5l f\u00f6ljdes upp
            en | {followed} of the {goals} goals of the client plan were followed up             | 2 of the 3 goals of the client plan were followed up
            """)
    void substitutesNamedArguments(String language, String template, String expected) {
        Locale locale = Locale.forLanguageTag(language);
        assertThat(Messages.render(GoalsFollowedUpEvaluator.SOME, Map.of(), locale)).isEqualTo(template.strip());
        assertThat(Messages.render(GoalsFollowedUpEvaluator.SOME, Map.of("goals", "3", "followed", "2"), locale))
                .isEqualTo(expected.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fi | Kriteerin arvioijaa path.nope ei ole rekister\u00f6ity
            sv | Ingen kriteriebed\u00f6mare path.nope \u00e4r registrerad
            en | No criterion evaluator path.nope is registered
            """)
    void rendersAnEvaluatorCheckViolation(String language, String expected) {
        QualityFramework framework = QualitySamples.framework(
                QualitySamples.criterion("A").assessment(Assessment.automatic("path.nope")).build());
        Violation v = framework.checkEvaluators(EvaluatorRegistry.builtIn()).get(0);
        assertThat(v.getMessage(Locale.forLanguageTag(language))).isEqualTo(expected);
    }
}

package io.github.polku.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.client.ClientId;
import io.github.polku.codevelopment.ParticipantId;
import io.github.polku.path.PathId;
import io.github.polku.quality.CriterionOutcome;
import io.github.polku.quality.CriterionResult;
import io.github.polku.quality.QualityEvaluation;
import io.github.polku.quality.QualityFramework;
import io.github.polku.quality.Subject;
import io.github.polku.service.ProjectFunding;
import io.github.polku.service.Provider;
import io.github.polku.service.ProviderType;
import io.github.polku.service.Voucher;
import io.github.polku.service.VoucherValue;
import io.github.polku.service.VoucherValueUnit;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GH-17, GH-21: one identity-code rule, one code ({@code polku.id.identityCode}), applied to every
 * identifier and to every free code or reference that {@code toString()} prints. A value holding
 * something shaped like a personal identity code, anywhere and in any case, is refused; one that
 * does not is accepted.
 */
class IdentityCodeRuleTest {

    private static final String CODE = "polku.id.identityCode";
    /** Shaped like identity codes: each century sign family, and lower case. */
    private static final List<String> SHAPED = List.of("131052-308T", "010101A123B", "311299+999y", "131052u308t");
    /** Identifiers and references are judged whole: one that only contains a code is accepted, as before. */
    private static final List<String> CLEAN = List.of("SNA-2020-17", "P-131052-308T");

    private static void refused(String value, String pointer, Consumer<String> build) {
        assertThatThrownBy(() -> build.accept(value)).as(value).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                        .containsExactly(tuple(CODE, pointer)));
    }

    private static void rule(String pointer, Consumer<String> build) {
        for (String shaped : SHAPED) {
            refused(shaped, pointer, build);
        }
        for (String clean : CLEAN) {
            assertThatCode(() -> build.accept(clean)).as(clean).doesNotThrowAnyException();
        }
    }

    @Test
    void identifiersOfEveryTypeGetTheOneCode() {
        rule("", ClientId::of);
        rule("", ParticipantId::of);
        rule("", PathId::of);
        rule("", id -> Subject.path(id));
    }

    @Test
    void theReplacedCodesAreGone() {
        assertThatThrownBy(() -> ClientId.of("131052-308T")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.getViolations()).extracting(Violation::getCode)
                        .doesNotContain("polku.clientId.identityCode").containsExactly(CODE));
        assertThatThrownBy(() -> ParticipantId.of("131052-308T")).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.getViolations()).extracting(Violation::getCode)
                        .doesNotContain("polku.codevelopment.participantId.identityCode").containsExactly(CODE));
    }

    @Test
    void providerAndVoucherReferences() {
        rule("/approvedProviderId", id -> Provider.builder().type(ProviderType.NGO).approvedProviderId(id).build());
        VoucherValue value = VoucherValue.of(new BigDecimal("60"), VoucherValueUnit.PER_DAY);
        rule("/assessmentReference", r -> Voucher.builder().value(value).assessmentReference(r).build());
        rule("/decisionReference", r -> Voucher.builder().value(value).decisionReference(r).build());
        rule("/funderCode", c -> ProjectFunding.builder().funderCode(c).build());
        rule("/projectCode", c -> ProjectFunding.builder().funderCode("ESF").projectCode(c).build());
    }

    @Test
    void qualityFrameworksEvaluationsAndExplanations() {
        QualityFramework builtIn = QualityFramework.builtIn();
        rule("/id", id -> QualityFramework.builder().id(id).version(builtIn.getVersion()).name(builtIn.getName())
                .addAllSources(builtIn.getSources()).addAllCriteria(builtIn.getCriteria()).build());
        rule("/version", v -> QualityFramework.builder().id(builtIn.getId()).version(v).name(builtIn.getName())
                .addAllSources(builtIn.getSources()).addAllCriteria(builtIn.getCriteria()).build());
        Subject subject = Subject.path("P-1");
        LocalDate on = LocalDate.of(2026, 1, 1);
        rule("/frameworkId", id -> QualityEvaluation.builder().frameworkId(id).frameworkVersion("1").subject(subject)
                .evaluatedOn(on).build());
        rule("/frameworkVersion", v -> QualityEvaluation.builder().frameworkId("polku").frameworkVersion(v).subject(subject)
                .evaluatedOn(on).build());
        // an explanation argument is text: an identity code anywhere in it is refused
        for (String argument : List.of("131052-308T", "see 131052-308T")) {
            refused(argument, "/explanationArguments", a -> CriterionResult.builder().criterionCode("X")
                    .outcome(CriterionOutcome.MET).explanationCode("polku.quality.assessedByPerson")
                    .putExplanationArgument("count", a).build());
        }
        assertThatCode(() -> CriterionResult.builder().criterionCode("X").outcome(CriterionOutcome.MET)
                .explanationCode("polku.quality.assessedByPerson").putExplanationArgument("count", "12").build())
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"131052-308T", "see 131052A308T here"})
    void aViolationNeverHoldsAnIdentityCodeInItsArguments(String argument) {
        Violation v = Violation.error("polku.value.missing", "/x", Map.of("attribute", argument, "max", "64"));
        assertThat(v.getArguments()).isEqualTo(Map.of("attribute", "****", "max", "64"));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"))) {
            assertThat(v.getMessage(locale)).doesNotContain("131052").contains("****");
        }
        assertThat(v.toString()).doesNotContain("131052");
        assertThat(Violation.error("polku.value.missing", "/x", Map.of("attribute", "clientId")).getArguments())
                .isEqualTo(Map.of("attribute", "clientId"));
    }

    @Test
    void theShapeIsWrittenOnceInMainCode() throws IOException {
        // the digits-then-century-sign shape, however it is written, outside the one class that owns it
        List<Path> roots = Stream.of("../core", "../serialization", "../cli").map(r -> Path.of(r, "src/main/java"))
                .filter(Files::isDirectory).collect(Collectors.toList());
        assertThat(roots).isNotEmpty();
        List<String> holders;
        try (Stream<Path> files = roots.stream().flatMap(IdentityCodeRuleTest::walk)) {
            holders = files.filter(f -> f.toString().endsWith(".java")).filter(f -> read(f).contains("{6}"))
                    .map(f -> f.getFileName().toString()).collect(Collectors.toList());
        }
        assertThat(holders).containsExactly("Identifiers.java");
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

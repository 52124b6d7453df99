package io.github.polku.validation;

import static io.github.polku.testing.ViolationAssert.violation;
import static io.github.polku.validation.Severity.ERROR;
import static io.github.polku.validation.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.polku.rules.LegalNumber;
import io.github.polku.rules.RuleBook;
import io.github.polku.rules.RuleSet;
import io.github.polku.testing.ViolationAssert;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PolkuValidatorTest {

    private final PolkuValidator validator = PolkuValidator.shared();

    private static Sample.Builder valid() {
        Sample.Builder b = Sample.builder().title("A title");
        b.addItem(Sample.Item.of("one", 1));
        return b;
    }

    @Test
    void reportsNothingForValidValue() {
        ViolationAssert.assertThat(validator.validate(valid().build())).isEmpty();
    }

    @Test
    void reportsEveryProblemAtOnceWithPointers() {
        Sample.Builder b = Sample.builder().title(" ").summary("far longer than ten");
        b.addItem(Sample.Item.of("ok", 1));
        b.addItem(Sample.Item.of("", -1));
        b.putItemsByCode("k/1", Sample.Item.of(" ", 0));
        b.featured(Sample.Item.of("", 0));
        ValidationReport report = validator.validate(b.build());
        ViolationAssert.assertThat(report).containsOnlyViolations(
                violation("jakarta.validation.constraints.NotBlank").at("/title").withSeverity(ERROR),
                violation("jakarta.validation.constraints.Size").at("/summary").withSeverity(WARNING),
                violation("jakarta.validation.constraints.NotBlank").at("/items/1/name").withSeverity(ERROR),
                violation("jakarta.validation.constraints.PositiveOrZero").at("/items/1/count").withSeverity(ERROR),
                violation("jakarta.validation.constraints.NotBlank").at("/itemsByCode/k~11/name").withSeverity(ERROR),
                violation("jakarta.validation.constraints.NotBlank").at("/featured/name").withSeverity(ERROR));
    }

    @Test
    void takesArgumentsFromConstraintAttributes() {
        ValidationReport report = validator.validate(valid().summary("far longer than ten").build());
        assertThat(report.getViolations()).singleElement().satisfies(v -> {
            assertThat(v.getArguments()).containsExactly(Map.entry("max", "10"), Map.entry("min", "0"));
            assertThat(v.getMessage(Locale.ENGLISH)).isEqualTo("Size must be between 0 and 10");
            assertThat(v.getMessage(Locale.forLanguageTag("fi"))).isEqualTo("Koon on oltava välillä 0–10");
        });
    }

    @Test
    void reportsClassLevelRuleViolationsWithOwnCodesSeveritiesAndPointers() {
        Sample.Builder b = Sample.builder().title("t");
        for (int i = 0; i < 6; i++) {
            b.addItem(Sample.Item.of("n" + i, i));
        }
        ViolationAssert.assertThat(validator.validate(b.build())).containsOnlyViolations(
                violation("polku.test.tooMany").at("/items/4").withSeverity(ERROR),
                violation("polku.test.tooMany").at("/items/5").withSeverity(ERROR));
        ViolationAssert.assertThat(validator.validate(Sample.builder().title("t").build())).containsOnlyViolations(
                violation("polku.test.empty").at("/items").withSeverity(WARNING));
    }

    @Test
    void carriesRuleArguments() {
        Sample.Builder b = Sample.builder().title("t");
        for (int i = 0; i < 5; i++) {
            b.addItem(Sample.Item.of("n" + i, i));
        }
        assertThat(validator.validate(b.build()).getViolations()).singleElement()
                .satisfies(v -> assertThat(v.getArguments()).containsExactly(Map.entry("max", "4")));
    }

    @Test
    void takesLegalNumbersFromGivenRuleBook() {
        List<RuleSet> sets = new ArrayList<>(RuleBook.finland().getRuleSets());
        RuleSet latest = sets.get(sets.size() - 1);
        RuleSet.Builder changed = RuleSet.builder().effectiveFrom(LocalDate.of(2023, 6, 1)).source("test amendment");
        latest.getValues().forEach((k, v) -> changed.putValue(k, k == LegalNumber.RWA_MAX_DAYS_PER_WEEK ? BigDecimal.ONE : v));
        sets.add(changed.build());
        try (PolkuValidator strict = PolkuValidator.create(RuleBook.of(sets))) {
            Sample.Builder b = Sample.builder().title("t");
            b.addItem(Sample.Item.of("a", 1));
            b.addItem(Sample.Item.of("b", 1));
            ViolationAssert.assertThat(strict.validate(b.build()))
                    .containsOnlyViolations(violation("polku.test.tooMany").at("/items/1"));
            ViolationAssert.assertThat(validator.validate(b.build())).isEmpty();
        }
    }

    @Test
    void reportsExactlyOneViolationPerBrokenConstraintThroughGeneratedGetters() {
        Sample.Builder b = Sample.builder().title("");
        b.addItem(Sample.Item.of("", 0));
        assertThat(validator.validate(b.build()).getViolations()).hasSize(2);
    }

    @Test
    void neverHoldsTheRejectedValue() {
        String secret = "Matti Meikäläinen 131052-308T";
        Sample.Builder b = Sample.builder().title(" ").summary("x".repeat(11)).note(secret);
        b.addItem(Sample.Item.of("", -1));
        Sample sample = b.build();
        ValidationReport report = validator.validate(sample);
        assertThat(report.getViolations()).isNotEmpty();
        assertThat(report.toString()).doesNotContain("Matti").doesNotContain("131052");
        for (Violation v : report.getViolations()) {
            for (Locale l : List.of(Locale.ENGLISH, Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"))) {
                assertThat(v.getMessage(l)).doesNotContain("Matti").doesNotContain("131052");
            }
            assertThat(v.getArguments().values()).noneMatch(a -> a.contains("Matti") || a.contains("131052"));
        }
        assertThat(sample.toString()).doesNotContain(secret);
    }

    @Test
    void givesSameResultsFromManyThreads() throws Exception {
        Sample.Builder b = Sample.builder().title(" ");
        for (int i = 0; i < 7; i++) {
            b.addItem(Sample.Item.of(i % 2 == 0 ? "" : "x", i - 3));
        }
        Sample sample = b.build();
        ValidationReport expected = validator.validate(sample);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ValidationReport>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> validator.validate(sample)));
            }
            for (Future<ValidationReport> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ordersViolationsByPointerWithNumericIndexes() {
        Sample.Builder b = Sample.builder().title("t");
        for (int i = 0; i < 12; i++) {
            b.addItem(Sample.Item.of("", 0));
        }
        List<String> paths = new ArrayList<>();
        validator.validate(b.build()).getViolations().forEach(v -> paths.add(v.getPath()));
        assertThat(paths).startsWith("/items/0/name", "/items/1/name", "/items/2/name").endsWith("/items/11/name");
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> validator.validate(null));
    }

    @Test
    void sharesOneDefaultInstance() {
        assertThat(PolkuValidator.shared()).isSameAs(PolkuValidator.shared());
        assertThat(PolkuValidator.shared().getRules()).isSameAs(RuleBook.finland());
    }

    @Test
    @SuppressWarnings("deprecation")
    void keepsTheDeprecatedNameOfTheSharedInstance() {
        assertThat(PolkuValidator.create()).isSameAs(PolkuValidator.shared());
    }

    @Test
    void closingTheSharedValidatorLeavesItUsable() {
        PolkuValidator.shared().close();
        assertThat(PolkuValidator.shared().validate(valid().build()).isEmpty()).isTrue();
    }

    @Test
    void givesEachOwnerAValidatorOfItsOwn() {
        try (PolkuValidator own = PolkuValidator.create(RuleBook.finland())) {
            assertThat(own).isNotSameAs(PolkuValidator.shared());
        }
        assertThat(PolkuValidator.shared().validate(valid().build()).isEmpty()).isTrue();
    }
}

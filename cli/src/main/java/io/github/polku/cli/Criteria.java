package io.github.polku.cli;

import io.github.polku.path.RehabilitationPath;
import io.github.polku.quality.CohortQualityEvaluation;
import io.github.polku.quality.CriterionOutcome;
import io.github.polku.quality.CriterionSummary;
import io.github.polku.quality.QualityEvaluator;
import io.github.polku.quality.QualityFramework;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The quality evaluation of a cohort for {@code polku report}: one row per path criterion of the framework.
 */
final class Criteria {

    private Criteria() {
    }

    /** Loads the framework file, or the built-in framework when no file is given. */
    static QualityFramework framework(String file) throws IOException {
        if (file == null) {
            return QualityFramework.builtIn();
        }
        try (Reader reader = Files.newBufferedReader(Paths.get(file), StandardCharsets.UTF_8)) {
            return QualityFramework.load(reader);
        }
    }

    static List<Cohort.CriterionRow> evaluate(QualityFramework framework, List<RehabilitationPath> paths,
            LocalDate evaluatedOn, Locale locale) {
        CohortQualityEvaluation evaluation = QualityEvaluator.of(framework).evaluateCohort(paths, evaluatedOn);
        List<Cohort.CriterionRow> rows = new ArrayList<>();
        for (CriterionSummary summary : evaluation.getSummaries()) {
            String code = summary.getCriterionCode();
            String name = framework.findCriterion(code).map(c -> c.getName().get(locale)).orElse("");
            rows.add(new Cohort.CriterionRow(code, name, summary.getCount(CriterionOutcome.MET),
                    summary.getCount(CriterionOutcome.PARTLY_MET), summary.getCount(CriterionOutcome.NOT_MET),
                    summary.getCount(CriterionOutcome.INSUFFICIENT_DATA),
                    summary.getCount(CriterionOutcome.NOT_APPLICABLE)));
        }
        return rows;
    }
}

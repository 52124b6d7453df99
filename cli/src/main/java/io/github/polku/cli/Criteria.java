package io.github.polku.cli;

import io.github.polku.path.RehabilitationPath;
import io.github.polku.quality.QualityEvaluator;
import io.github.polku.quality.QualityFramework;
import io.github.polku.serialization.jackson.DocumentResult;
import io.github.polku.serialization.jackson.DocumentType;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.validation.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The quality framework of {@code polku report} and the evaluation of a cohort against it: one row per
 * criterion of the framework.
 */
final class Criteria {

    private Criteria() {
    }

    /** The file holds a valid document of another type than {@code QUALITY_FRAMEWORK}. */
    static final class NotAFrameworkException extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Optional<DocumentType> type;

        NotAFrameworkException(Optional<DocumentType> type) {
            super("Not a QUALITY_FRAMEWORK document");
            this.type = type;
        }
    }

    /**
     * Reads the {@code QUALITY_FRAMEWORK} JSON document of the file, or gives the built-in framework when no
     * file is given.
     *
     * @throws InvalidValueException with every problem of the document, if it is not valid
     * @throws NotAFrameworkException if it is a valid document of another type
     */
    static QualityFramework framework(String file) throws IOException, NotAFrameworkException {
        if (file == null) {
            return QualityFramework.builtIn();
        }
        DocumentResult result;
        try (InputStream in = Files.newInputStream(Paths.get(file))) {
            result = PolkuDocuments.strict().readAndValidate(in);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (!result.isValid()) {
            throw new InvalidValueException(result.getReport().getViolations());
        }
        Optional<QualityFramework> framework = result.getValue(QualityFramework.class);
        if (framework.isEmpty()) {
            throw new NotAFrameworkException(result.getType());
        }
        return framework.get();
    }

    /** Evaluates a list of paths against the framework (the command streams them through {@link ReportTally}). */
    static List<Cohort.CriterionRow> evaluate(QualityFramework framework, List<RehabilitationPath> paths,
            LocalDate evaluatedOn, Locale locale) {
        ReportTally tally = new ReportTally(Language.choose(null, locale), framework, QualityEvaluator.of(framework),
                evaluatedOn, false);
        paths.forEach(tally::add);
        return tally.cohort().criteria();
    }
}

package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.path.OutcomeClassification;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.quality.CohortSummary;
import io.github.polku.serialization.jackson.AnonymousContactBatch;
import io.github.polku.serialization.jackson.PolkuDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code polku report --format summary} writes the COHORT_SUMMARY exchange document. */
class ReportSummaryTest {

    private static final String PATH = "src/test/resources/documents/valid/path.json";
    private static final String HAMEENLINNA = "src/test/resources/documents/valid/hameenlinna-2020.json";
    private static final String CONTACTS = "../examples/data/valid/contacts-meidan-tupa.json";

    @Test
    void writesTheSummaryOfThePathsAndContactsAsADocumentAReceiverReadsBack() throws IOException {
        Runs r = Runs.run(new FacadeChecker(), Locale.ENGLISH, "", "report", "--format", "summary", PATH, HAMEENLINNA, CONTACTS);
        assertThat(r.err).isEmpty();
        assertThat(r.status).isZero();
        PolkuDocuments documents = PolkuDocuments.strict();
        CohortSummary expected = CohortSummary.of(List.of(read(PATH, RehabilitationPath.class), read(HAMEENLINNA, RehabilitationPath.class)),
                read(CONTACTS, AnonymousContactBatch.class).getContacts(), OutcomeClassification.standard());
        CohortSummary written = documents.read(r.out, CohortSummary.class);
        assertThat(written).isEqualTo(expected);
        assertThat(written.getPathCount()).isEqualTo(2);
        assertThat(written.getAnonymousContactCount()).isPositive();
        assertThat(documents.validate(r.out.getBytes(java.nio.charset.StandardCharsets.UTF_8)).getViolations()).isEmpty();
    }

    @Test
    void stillCountsInvalidDocumentsInTheExitStatus() {
        Runs r = Runs.run(new FacadeChecker(), Locale.ENGLISH, "", "report", "--format", "summary", PATH,
                "../examples/data/invalid/path-five-mistakes.json");
        assertThat(r.status).isEqualTo(1);
        assertThat(PolkuDocuments.strict().read(r.out, CohortSummary.class).getPathCount()).isEqualTo(1);
        assertThat(r.err).contains("path-five-mistakes.json");
    }

    private static <T> T read(String file, Class<T> type) throws IOException {
        return PolkuDocuments.strict().read(Files.readAllBytes(Path.of(file)), type);
    }
}

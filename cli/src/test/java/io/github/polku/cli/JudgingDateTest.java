package io.github.polku.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@code --on DATE}: the date documents are judged on (GH-20). The Hämeenlinna 2020 path was
 * closed on 30.11.2020; its other dates that record events are on or before 23.11.2020 (the end of
 * its last service period, 27.11., may lie ahead and is not an event).
 */
class JudgingDateTest {

    private static final String HAMEENLINNA = "src/test/resources/documents/valid/hameenlinna-2020.json";

    @Test
    void validateReportsAnEventAfterTheJudgingDate() {
        Runs r = Runs.run(new FacadeChecker(), Locale.ENGLISH, "", "validate", "--format", "json", "--on", "2020-11-29",
                HAMEENLINNA);
        assertThat(r.status).isEqualTo(1);
        assertThat(r.out).contains("\"code\":\"polku.path.date.future\"").contains("\"pointer\":\"/closure/date\"")
                .contains("2020-11-29");
        assertThat(r.out.split("polku.path.date.future", -1)).hasSize(2);
    }

    @Test
    void validateAcceptsTheDocumentOnTheDayOfItsLastEvent() {
        Runs r = Runs.run(new FacadeChecker(), Locale.ENGLISH, "", "validate", "--on", "2020-11-30", HAMEENLINNA);
        assertThat(r.status).isZero();
        assertThat(r.out).doesNotContain("polku.path.date.future");
    }

    @Test
    void validateJudgesAsOfTodayWithoutTheOption() {
        Runs r = Runs.run(new FacadeChecker(), Locale.ENGLISH, "", "validate", HAMEENLINNA);
        assertThat(r.status).isZero();
    }

    @Test
    void reportJudgesTheDocumentsOnItsEvaluationDate() {
        Runs before = Runs.run(new FacadeChecker(), Locale.ENGLISH, "", "report", "--format", "summary", "--on", "2020-11-29",
                HAMEENLINNA);
        assertThat(before.status).isEqualTo(1);
        Runs on = Runs.run(new FacadeChecker(), Locale.ENGLISH, "", "report", "--format", "summary", "--on", "2020-11-30",
                HAMEENLINNA);
        assertThat(on.status).isZero();
    }
}

package io.github.polku.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Runs every example program and checks the output that matters. */
class ExamplesTest {

    @Test
    @DisplayName("09: the assessment deadline skips Good Friday and Easter Monday")
    void assessmentDeadlineSkipsEasterHolidays() {
        String out = run(() -> Example09AssessmentDeadline.main(new String[0]));
        // Hand count from Wed 16.4.2025: Thu 17 (1), Fri 18 Good Friday, Sat, Sun, Mon 21 Easter Monday,
        // Tue 22 (2), Wed 23 (3), Thu 24 (4), Fri 25 (5), Mon 28 (6), Tue 29 (7).
        assertThat(out).contains("Assessment must start by: 2025-04-29 (TUESDAY)")
                .contains("holiday: pitkäperjantai")
                .contains("holiday: toinen pääsiäispäivä")
                .doesNotContain("Exception");
    }

    static String run(Runnable program) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            program.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}

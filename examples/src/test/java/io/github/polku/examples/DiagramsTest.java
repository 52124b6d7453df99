package io.github.polku.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The diagrams in {@code docs/diagrams/} are drawn from the library's own tables in every build and
 * must equal the committed files. After a change to a table, run
 * {@code ./mvnw -B -q -pl examples -am verify -Dtest=DiagramsTest -Dsurefire.failIfNoSpecifiedTests=false -Dpolku.diagrams.write=true}
 * to rewrite them, and commit the result.
 */
class DiagramsTest {

    private static final Path DIR = Path.of("../docs/diagrams");

    @Test
    void committedDiagramsMatchTheTables() throws IOException {
        boolean write = Boolean.getBoolean("polku.diagrams.write");
        for (Map.Entry<String, String> diagram : Diagrams.all().entrySet()) {
            Path file = DIR.resolve(diagram.getKey());
            if (write) {
                Files.createDirectories(DIR);
                Files.writeString(file, diagram.getValue(), StandardCharsets.UTF_8);
            }
            assertThat(file).as("%s is committed; rerun with -Dpolku.diagrams.write=true", file).exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("%s is out of date", file).isEqualTo(diagram.getValue());
        }
    }

    @Test
    void stagesShowEveryLegalTransitionAndNoOther() {
        // Counted from the table in Stage's Javadoc: 3 + 3 + 2 + 3 + 2 + 0 = 13 transitions, plus start and end.
        String stages = Diagrams.stages();
        assertThat(stages.lines().filter(l -> l.contains(" --> ")).count()).isEqualTo(15);
        assertThat(stages).contains("    REHABILITATION --> PLANNING\n").contains("    FOLLOW_UP --> REHABILITATION\n")
                .doesNotContain("CLOSED --> CONTACT").doesNotContain("PLANNING --> ASSESSMENT");
    }

    @Test
    void goalStatusesEndInAchievedOrAbandoned() {
        // From GoalStatus: 2 + 4 + 3 + 2 transitions, start at PROPOSED, ACHIEVED and ABANDONED final.
        String goals = Diagrams.goalStatuses();
        assertThat(goals.lines().filter(l -> l.contains(" --> ")).count()).isEqualTo(1 + 11 + 2);
        assertThat(goals).contains("    [*] --> PROPOSED\n").contains("    ACHIEVED --> [*]\n").contains("    ABANDONED --> [*]\n")
                .doesNotContain("\n    ACHIEVED --> ACTIVE");
    }

    @Test
    void ladderPlacesTheCoDevelopmentRolesWhereTheExamplePutsThem() {
        String ladder = Diagrams.ladder();
        // Example04CoDevelopment prints the same rungs for DEV-04 and DEV-01 (checked in ExamplesTest);
        // the lone working-group client is outnumbered with no rights: placation, rung 5.
        assertThat(ladder.lines().filter(l -> l.contains("R6[")).findFirst().orElseThrow()).contains("(DEV-04)");
        assertThat(ladder.lines().filter(l -> l.contains("R7[")).findFirst().orElseThrow()).contains("(DEV-01)");
        assertThat(ladder.lines().filter(l -> l.contains("R5[")).findFirst().orElseThrow()).contains("(DEV-09)");
        assertThat(ladder).contains("subgraph TOKENISM").contains("R1 --> R2").contains("R7 --> R8");
        String out = ExamplesTest.run(() -> Example04CoDevelopment.main(ExamplesTest.EN));
        assertThat(out).contains("DEV-04 as developer client PARTNERSHIP").contains("DEV-01 in the client council DELEGATED_POWER");
    }
}

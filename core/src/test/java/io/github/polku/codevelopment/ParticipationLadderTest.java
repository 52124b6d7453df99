package io.github.polku.codevelopment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rung table, tested exhaustively: every subset of the five decision rights, every hearing and
 * both minority values (32 x 4 x 2 = 256 combinations). The expected rungs were written by hand
 * from the mapping in DOMAIN.md §6.2 and the task brief, one row per subset; they are not computed.
 */
class ParticipationLadderTest {

    /**
     * Columns: rights (A agenda, P priorities, I implementation, E evaluation, B budget; "-" none),
     * then the expected rung for hearing NONE, INFORMED, CONSULTED, ANSWERED, each first without and
     * then with a client-side minority.
     */
    private static final String TABLE = """
            -     | 1 1 | 3 3 | 4 4 | 5 5
            A     | 1 1 | 3 3 | 4 4 | 6 5
            P     | 1 1 | 3 3 | 4 4 | 6 5
            I     | 1 1 | 3 3 | 4 4 | 6 5
            E     | 1 1 | 3 3 | 4 4 | 6 5
            B     | 1 1 | 3 3 | 4 4 | 6 5
            AP    | 1 1 | 3 3 | 4 4 | 6 5
            AI    | 1 1 | 3 3 | 4 4 | 6 5
            AE    | 1 1 | 3 3 | 4 4 | 6 5
            AB    | 1 1 | 3 3 | 4 4 | 6 5
            PI    | 1 1 | 3 3 | 4 4 | 6 5
            PE    | 1 1 | 3 3 | 4 4 | 6 5
            PB    | 1 1 | 3 3 | 4 4 | 6 5
            IE    | 1 1 | 3 3 | 4 4 | 6 5
            IB    | 1 1 | 3 3 | 4 4 | 6 5
            EB    | 1 1 | 3 3 | 4 4 | 6 5
            API   | 1 1 | 3 3 | 4 4 | 6 5
            APE   | 1 1 | 3 3 | 4 4 | 7 7
            APB   | 1 1 | 3 3 | 4 4 | 7 7
            AIE   | 1 1 | 3 3 | 4 4 | 7 7
            AIB   | 1 1 | 3 3 | 4 4 | 7 7
            AEB   | 1 1 | 3 3 | 4 4 | 7 7
            PIE   | 1 1 | 3 3 | 4 4 | 7 7
            PIB   | 1 1 | 3 3 | 4 4 | 7 7
            PEB   | 1 1 | 3 3 | 4 4 | 7 7
            IEB   | 1 1 | 3 3 | 4 4 | 7 7
            APIE  | 1 1 | 3 3 | 4 4 | 7 7
            APIB  | 1 1 | 3 3 | 4 4 | 7 7
            APEB  | 1 1 | 3 3 | 4 4 | 7 7
            AIEB  | 1 1 | 3 3 | 4 4 | 7 7
            PIEB  | 1 1 | 3 3 | 4 4 | 7 7
            APIEB | 1 1 | 3 3 | 4 4 | 8 8
            """;

    private static final Hearing[] HEARINGS = {Hearing.NONE, Hearing.INFORMED, Hearing.CONSULTED, Hearing.ANSWERED};

    @Test
    void derivesEveryCombinationAsTheHandWrittenTable() {
        int checked = 0;
        for (String line : TABLE.strip().split("\n")) {
            String[] cells = line.split("\\|");
            Set<DecisionRight> rights = rights(cells[0].strip());
            for (int h = 0; h < HEARINGS.length; h++) {
                String[] pair = cells[h + 1].strip().split(" ");
                for (int m = 0; m < 2; m++) {
                    int expected = Integer.parseInt(pair[m]);
                    assertThat(ParticipationLadder.derive(rights, HEARINGS[h], m == 1).getNumber())
                            .as("%s, %s, minority %s", rights, HEARINGS[h], m == 1)
                            .isEqualTo(expected);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(256);
    }

    @Test
    void tableListsEverySubsetOfDecisionRightsOnce() {
        Set<Set<DecisionRight>> subsets = new HashSet<>();
        for (String line : TABLE.strip().split("\n")) {
            subsets.add(rights(line.split("\\|")[0].strip()));
        }
        assertThat(subsets).hasSize(1 << DecisionRight.values().length);
    }

    @Test
    void tableCoversEveryHearing() {
        assertThat(List.of(HEARINGS)).containsExactlyInAnyOrder(Hearing.values());
    }

    @Test
    void neverDerivesTherapy() {
        for (String line : TABLE.strip().split("\n")) {
            assertThat(line.split("\\|", 2)[1]).doesNotContain("2");
        }
    }

    @Test
    void acceptsAnImmutableSetOfRights() {
        Set<DecisionRight> rights = Set.of(DecisionRight.BUDGET, DecisionRight.AGENDA, DecisionRight.EVALUATION);
        assertThat(ParticipationLadder.derive(rights, Hearing.ANSWERED, true)).isEqualTo(ArnsteinRung.DELEGATED_POWER);
    }

    private static Set<DecisionRight> rights(String letters) {
        Set<DecisionRight> rights = EnumSet.noneOf(DecisionRight.class);
        for (char c : letters.toCharArray()) {
            switch (c) {
                case 'A': rights.add(DecisionRight.AGENDA); break;
                case 'P': rights.add(DecisionRight.PRIORITIES); break;
                case 'I': rights.add(DecisionRight.IMPLEMENTATION); break;
                case 'E': rights.add(DecisionRight.EVALUATION); break;
                case 'B': rights.add(DecisionRight.BUDGET); break;
                case '-': break;
                default: throw new IllegalArgumentException(letters);
            }
        }
        return rights;
    }
}

package io.github.polku.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupTimeTest {

    @Test
    void readsTheChildrensCpuTimeAfterACommandNameWithSpacesAndParentheses() {
        // fields 16 and 17 (cutime, cstime) are 250 and 30 ticks; the name "(a b) c" must not shift them
        String stat = "4242 ((a b) c) S 1 4242 4242 0 -1 4194560 900 0 0 0 12 3 250 30 20 0 17 0 100 1000 50";
        assertThat(StartupTime.childCpuMillis(stat, 100)).isEqualTo(2800.0);
    }

    @Test
    void readsNoChildrenAsZero() {
        String stat = "7 (java) R 1 7 7 0 -1 0 0 0 0 0 5 1 0 0 20 0 1 0 9 1 1";
        assertThat(StartupTime.childCpuMillis(stat, 100)).isZero();
    }
}

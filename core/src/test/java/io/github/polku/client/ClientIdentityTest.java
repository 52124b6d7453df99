package io.github.polku.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ClientIdentityTest {

    // A temporary-range code (individual number 900): 010190900 mod 31 = 22, control 'P', by hand.
    private static final String FICTIONAL_CODE = "010190-900P";

    private static ClientIdentity identity() {
        return ClientIdentity.builder()
                .clientId(ClientId.of("C-TEST-0001"))
                .identityCode(PersonalIdentityCode.parseAllowingTemporary(FICTIONAL_CODE))
                .name("Fictional Testperson")
                .build();
    }

    @Test
    void derivesTheBirthMonthForThePath() {
        assertThat(identity().getBirthMonth()).isEqualTo(YearMonth.of(1990, 1));
    }

    @Test
    void hidesIdentityCodeAndNameFromToString() {
        String text = identity().toString();
        assertThat(text).contains("C-TEST-0001").doesNotContain(FICTIONAL_CODE).doesNotContain("010190")
                .doesNotContain("Fictional").doesNotContain("Testperson");
    }

    @Test
    void comparesByAllAttributes() {
        assertThat(identity()).isEqualTo(identity()).hasSameHashCodeAs(identity());
    }
}

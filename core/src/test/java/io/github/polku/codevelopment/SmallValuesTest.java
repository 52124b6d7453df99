package io.github.polku.codevelopment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Themes, participant identifiers, roles and the redaction of free text about people. */
class SmallValuesTest {

    @Nested
    class Themes {

        @ParameterizedTest(name = "{0} in {1}")
        @CsvSource(delimiter = '|', textBlock = """
                GROUP_ACTIVITIES           | fi | Ryhmätoiminta
                GROUP_ACTIVITIES           | sv | Gruppverksamhet
                GROUP_ACTIVITIES           | en | Group activities
                INFORMATION_AND_E_SERVICES | fi | Tieto ja sähköiset palvelut
                INDIVIDUAL_WORK_METHODS    | sv | Metoder för individuellt arbete
                THIRD_SECTOR_COOPERATION   | en | Third-sector cooperation
                THIRD_SECTOR_COOPERATION   | de | Third-sector cooperation
                """)
        void labelsShippedThemes(String code, String language, String label) {
            assertThat(Theme.findBuiltIn(code).orElseThrow().getLabel(Locale.forLanguageTag(language))).isEqualTo(label);
        }

        @Test
        void shipsFourThemes() {
            assertThat(Theme.builtIn()).extracting(Theme::getCode).containsExactly("INFORMATION_AND_E_SERVICES",
                    "GROUP_ACTIVITIES", "INDIVIDUAL_WORK_METHODS", "THIRD_SECTOR_COOPERATION");
            assertThat(Theme.findBuiltIn("NATURE_BASED_WORK")).isEmpty();
        }

        @Test
        void createsOwnThemeEqualByCode() {
            Theme nature = Theme.of("NATURE_BASED_WORK", "Luontolähtöinen työ", "Naturbaserat arbete", "Nature-based work");
            assertThat(nature).isEqualTo(Theme.of("NATURE_BASED_WORK", "x", "y", "z"))
                    .hasSameHashCodeAs(Theme.of("NATURE_BASED_WORK", "x", "y", "z"))
                    .isNotEqualTo(Theme.GROUP_ACTIVITIES).hasToString("NATURE_BASED_WORK");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "nature", "Nature_Work", "_NATURE", "NATURE__WORK", "NATURE-WORK",
                "A12345678901234567890123456789012345678901234567890123456789012345"})
        void rejectsMalformedCode(String code) {
            assertThatThrownBy(() -> Theme.of(code, "fi", "sv", "en"))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple(Theme.CODE_FORMAT, "/code")));
        }
    }

    @Nested
    class ParticipantIds {

        @Test
        void obtainsPseudonymousId() {
            assertThat(ParticipantId.of("DEV-07").getValue()).isEqualTo("DEV-07");
            assertThat(ParticipantId.of("DEV-07")).isEqualTo(ParticipantId.of("DEV-07"))
                    .isNotEqualTo(IdeaId.of("DEV-07"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"010101-123N", "010101A123N", "311299Y9999"})
        void rejectsIdShapedLikeIdentityCode(String value) {
            assertThatThrownBy(() -> ParticipantId.of(value))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.getViolations()).extracting(Violation::getCode)
                                .containsExactly(ParticipantId.LOOKS_LIKE_IDENTITY_CODE);
                        assertThat(e.getMessage()).doesNotContain(value);
                    });
        }

        @Test
        void rejectsMalformedId() {
            assertThatThrownBy(() -> SessionId.of("has space"))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode).containsExactly("polku.id.format"));
        }
    }

    @Nested
    class Roles {

        @ParameterizedTest
        @EnumSource(value = ParticipationRole.class, names = {"DEVELOPER_CLIENT", "EXPERIENCE_EXPERT",
                "EXPERIENCE_ACTOR", "PEER_SUPPORTER", "CLIENT_COUNCIL_MEMBER"})
        void marksClientSideRoles(ParticipationRole role) {
            assertThat(role.isClientSide()).isTrue();
        }

        @ParameterizedTest
        @EnumSource(value = ParticipationRole.class, names = {"PROFESSIONAL", "COORDINATOR", "PARTNER"})
        void marksStaffRoles(ParticipationRole role) {
            assertThat(role.isClientSide()).isFalse();
            assertThat(role.requiresTraining()).isFalse();
        }

        @Test
        void defaultsToNoCompensation() {
            RoleAssignment role = RoleAssignment.builder().role(ParticipationRole.PEER_SUPPORTER).build();
            assertThat(role.getCompensation()).isEqualTo(Compensation.NONE);
            assertThat(role.hasCompletedTraining()).isFalse();
        }

        @Test
        void redactsCommitmentNote() {
            RoleAssignment role = RoleAssignment.builder().role(ParticipationRole.PEER_SUPPORTER)
                    .commitment(Commitment.builder().level(CommitmentLevel.OCCASIONAL).note("Tired in the mornings").build())
                    .build();
            assertThat(role.toString()).contains("OCCASIONAL").doesNotContain("Tired");
            assertThat(role.getCommitment().orElseThrow().getNote()).contains("Tired in the mornings");
        }

        @ParameterizedTest
        @EnumSource(ParticipantKind.class)
        void splitsKindsIntoClientSideAndOthers(ParticipantKind kind) {
            assertThat(kind.isClientSide()).isEqualTo(kind == ParticipantKind.CLIENT || kind == ParticipantKind.RELATIVE);
        }
    }

    @Nested
    class Messages {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                en | Role EXPERIENCE_EXPERT requires completed training
                fi | Rooli EXPERIENCE_EXPERT edellyttää suoritettua koulutusta
                sv | Rollen EXPERIENCE_EXPERT kräver avslutad utbildning
                """)
        void rendersTrainingMessage(String language, String expected) {
            Violation v = Violation.error(CoDevelopmentCodes.TRAINING_REQUIRED, "/training",
                    java.util.Map.of("role", "EXPERIENCE_EXPERT"));
            assertThat(v.getMessage(Locale.forLanguageTag(language))).isEqualTo(expected);
        }
    }
}

package io.github.polku.client;

import static io.github.polku.testing.ViolationAssert.violation;
import io.github.polku.testing.CrossCheckedValidator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.calendar.DateRange;
import io.github.polku.testing.Samples;
import io.github.polku.testing.ViolationAssert;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Severity;
import io.github.polku.validation.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientTest {

    private static ViolationAssert assertViolations(Object value) {
        return ViolationAssert.assertThat(CrossCheckedValidator.shared().validate(value).getViolations());
    }

    private static NamedWorker worker(Profession profession) {
        return NamedWorker.builder().workerId(WorkerId.of("W-TEST-02")).profession(profession).build();
    }

    @Nested
    class Builder {

        @Test
        void buildsAClientWithDefaults() {
            Client client = Samples.client();
            assertThat(client.isSpecialSupport()).isFalse();
            assertThat(client.getSupportNeeds()).containsExactly(SupportNeed.SOCIAL_INCLUSION);
            assertThat(client.getNamedWorker()).contains(Samples.socialWorker());
        }

        @Test
        void rejectsANamedWorkerTogetherWithAReasonForNone() {
            assertThatThrownBy(() -> Samples.clientWithoutWorker().namedWorker(Samples.socialWorker())
                    .namedWorkerOmission(OmissionReason.OBVIOUSLY_UNNECESSARY).build())
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple("polku.client.namedWorker.omittedAndPresent", "/namedWorkerOmission")));
        }

        @Test
        void reportsAMissingMandatoryAttribute() {
            assertThatThrownBy(() -> Client.builder().clientId(ClientId.of("C-1")).language(ClientLanguage.SWEDISH).build())
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getViolations())
                            .extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(tuple("polku.value.missing", "/organiser")));
        }

        @Test
        void holdsNoIdentityAttributes() {
            assertThat(Client.class.getDeclaredMethods()).extracting(m -> m.getName().toLowerCase())
                    .contains("getclientid")
                    .noneMatch(name -> name.contains("identity") || name.equals("getname") || name.contains("hetu")
                            || name.contains("birth"));
        }
    }

    @Nested
    class NamedWorkerRules {

        @Test
        void acceptsTheSampleClient() {
            assertViolations(Samples.client()).isEmpty();
        }

        @Test
        void reportsAMissingNamedWorkerWithoutReason() {
            assertViolations(Samples.clientWithoutWorker().build())
                    .containsExactlyViolations(violation("polku.client.namedWorker.missing").withSeverity(Severity.ERROR).at("/namedWorker"));
        }

        @Test
        void acceptsAMissingNamedWorkerWithAReason() {
            assertViolations(Samples.clientWithoutWorker().namedWorkerOmission(OmissionReason.OBVIOUSLY_UNNECESSARY).build()).isEmpty();
        }

        @ParameterizedTest(name = "{0}, special support {1}: warns={2}")
        @CsvSource(textBlock = """
                SOCIAL_WORKER,     true,  false
                SOCIAL_COUNSELLOR, true,  true
                OTHER,             true,  true
                SOCIAL_COUNSELLOR, false, false
                OTHER,             false, false
                """)
        void expectsASocialWorkerForSpecialSupport(Profession profession, boolean specialSupport, boolean warns) {
            Client client = Samples.clientWithoutWorker().specialSupport(specialSupport).namedWorker(worker(profession)).build();
            if (warns) {
                assertViolations(client).containsExactlyViolations(
                        violation("polku.client.namedWorker.notSocialWorker").withSeverity(Severity.WARNING).at("/namedWorker/profession"));
            } else {
                assertViolations(client).isEmpty();
            }
        }

        // At most 12 months: from 1.3.2025 the last allowed day is 28.2.2026 (counted by hand).
        @ParameterizedTest(name = "{0}..{1}: warns={2}")
        @CsvSource(textBlock = """
                2025-03-01, 2026-02-28, false
                2025-03-01, 2026-03-01, true
                2024-02-29, 2025-02-27, false
                2024-02-29, 2025-03-01, true
                """)
        void limitsATemporarySocialWorkersAssignment(LocalDate start, LocalDate end, boolean warns) {
            NamedWorker temporary = NamedWorker.builder().workerId(WorkerId.of("W-TEST-03"))
                    .profession(Profession.TEMPORARY_SOCIAL_WORKER).supervisor(WorkerId.of("W-TEST-01"))
                    .assignment(DateRange.of(start, end)).build();
            Client client = Samples.clientWithoutWorker().specialSupport(true).namedWorker(temporary).build();
            if (warns) {
                assertViolations(client).containsExactlyViolations(
                        violation("polku.client.namedWorker.temporaryPeriod").withSeverity(Severity.WARNING).at("/namedWorker/assignment/end"));
                assertThat(CrossCheckedValidator.shared().validate(client).getViolations().get(0).getArguments())
                        .containsEntry("maxMonths", "12");
            } else {
                assertViolations(client).isEmpty();
            }
        }

        @Test
        void warnsAboutATemporarySocialWorkerWithoutSupervisorOrEnd() {
            NamedWorker temporary = NamedWorker.builder().workerId(WorkerId.of("W-TEST-03"))
                    .profession(Profession.TEMPORARY_SOCIAL_WORKER).assignment(DateRange.startingOn(LocalDate.of(2025, 3, 1))).build();
            assertViolations(Samples.clientWithoutWorker().namedWorker(temporary).build()).containsOnlyViolations(
                    violation("polku.client.namedWorker.supervisorMissing").withSeverity(Severity.WARNING).at("/namedWorker/supervisor"),
                    violation("polku.client.namedWorker.temporaryPeriod").withSeverity(Severity.WARNING).at("/namedWorker/assignment"));
        }
    }
}

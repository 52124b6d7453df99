package io.github.polku.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import io.github.polku.contact.AnonymousChannel;
import io.github.polku.contact.AnonymousContact;
import io.github.polku.contact.ContactActivity;
import io.github.polku.measurement.Instruments;
import io.github.polku.measurement.Respondent;
import io.github.polku.path.Destination;
import io.github.polku.path.OutcomeClassification;
import io.github.polku.path.PathId;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.Stage;
import io.github.polku.testing.Samples;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every figure of {@link CohortSummary} on {@link HandCohort}, computed by hand in the comments. */
class CohortSummaryTest {

    private static final CohortSummary SUMMARY = CohortSummary.of(HandCohort.all(), contacts(), OutcomeClassification.standard());

    /** The three Meidän Tupa mornings (7 + 9 + 6 people) and one outreach round (2 people). */
    private static List<AnonymousContact> contacts() {
        List<AnonymousContact> contacts = new ArrayList<>(Samples.meidanTupaContacts());
        contacts.add(AnonymousContact.builder().date(LocalDate.of(2025, 4, 9)).place("Fictional railway station")
                .channel(AnonymousChannel.OUTREACH).addActivities(ContactActivity.CONVERSATION).peopleCount(2).build());
        return contacts;
    }

    private static List<PathId> ids(String... ids) {
        List<PathId> list = new ArrayList<>();
        for (String id : ids) {
            list.add(PathId.of(id));
        }
        return list;
    }

    @Test
    void fixtureHasNoErrors() {
        PolkuValidator validator = PolkuValidator.shared();
        for (RehabilitationPath path : HandCohort.all()) {
            assertThat(validator.validate(path).getViolations(Severity.ERROR)).as(path.getId().getValue()).isEmpty();
        }
    }

    @Nested
    class Stages {
        @Test
        void countsStagesReached() {
            // CONTACT all 5; ASSESSMENT H1 H2 H3 H5; PLANNING and REHABILITATION H1 H2 H3; CLOSED H1 H2 H4
            assertThat(SUMMARY.getPathCount()).isEqualTo(5);
            assertThat(SUMMARY.getStagesReached()).containsExactly(entry(Stage.CONTACT, 5), entry(Stage.ASSESSMENT, 4),
                    entry(Stage.PLANNING, 3), entry(Stage.REHABILITATION, 3), entry(Stage.FOLLOW_UP, 0), entry(Stage.CLOSED, 3));
            assertThat(SUMMARY.getPathsReaching(Stage.ASSESSMENT)).containsExactlyElementsOf(ids("H1", "H2", "H3", "H5"));
        }

        @Test
        void countsCurrentStages() {
            // H3 in rehabilitation, H5 in assessment, three closed
            assertThat(SUMMARY.getCurrentStages()).containsExactly(entry(Stage.CONTACT, 0), entry(Stage.ASSESSMENT, 1),
                    entry(Stage.PLANNING, 0), entry(Stage.REHABILITATION, 1), entry(Stage.FOLLOW_UP, 0), entry(Stage.CLOSED, 1 + 1 + 1));
        }
    }

    @Nested
    class Closures {
        @Test
        void sharesClosuresByDestination() {
            // closed: H1 -> MH, H2 -> NONE, H4 -> SA; each 1/3, the rest 0/3
            assertThat(SUMMARY.getClosedCount()).isEqualTo(3);
            assertThat(SUMMARY.getClosuresByDestination()).hasSize(Destination.values().length)
                    .contains(entry(Destination.MENTAL_HEALTH_SERVICES, Share.of(1, 3)), entry(Destination.NONE, Share.of(1, 3)),
                            entry(Destination.SUBSTANCE_ABUSE_SERVICES, Share.of(1, 3)), entry(Destination.EMPLOYMENT, Share.of(0, 3)));
            assertThat(SUMMARY.getClosedPaths(Destination.NONE)).containsExactlyElementsOf(ids("H2"));
        }

        @Test
        void sharesPositiveOutcomesUnderStandardClassification() {
            // MH and SA referrals count as positive (VALSKU); NONE after withdrawal does not: 2/3
            assertThat(SUMMARY.getPositiveOutcomes()).isEqualTo(Share.of(2, 3));
            assertThat(SUMMARY.getPositiveOutcomes().getRatio().getAsDouble()).isCloseTo(0.6667, within(1e-4));
            assertThat(SUMMARY.getPositivePaths()).containsExactlyElementsOf(ids("H1", "H4"));
            assertThat(SUMMARY.getClassification()).isEqualTo(OutcomeClassification.standard());
        }

        @Test
        void followsAnotherClassification() {
            OutcomeClassification strict = OutcomeClassification.standard()
                    .withDestination(Destination.MENTAL_HEALTH_SERVICES, false)
                    .withDestination(Destination.SUBSTANCE_ABUSE_SERVICES, false);
            assertThat(CohortSummary.of(HandCohort.all(), List.of(), strict).getPositiveOutcomes()).isEqualTo(Share.of(0, 3));
        }
    }

    @Nested
    class Durations {
        @Test
        void summarisesDaysFromContactToPlan() {
            // H1 01-10 -> 01-20 = 10; H2 02-01 -> 03-03 = 27 + 3 = 30; H3 03-01 -> 03-05 = 4. Sorted 4, 10, 30:
            // Q1 h = 0.5 -> 4 + .5 * 6 = 7; median 10; Q3 h = 1.5 -> 10 + .5 * 20 = 20; mean 44 / 3
            Distribution d = SUMMARY.getContactToPlanDays().orElseThrow();
            assertThat(d.getCount()).isEqualTo(3);
            assertThat(d.getFirstQuartile()).isEqualTo(7);
            assertThat(d.getMedian()).isEqualTo(10);
            assertThat(d.getThirdQuartile()).isEqualTo(20);
            assertThat(d.getMean()).isCloseTo(44.0 / 3, within(1e-12));
        }

        @Test
        void summarisesDaysFromPlanToClosure() {
            // H1 01-20 -> 07-20 = 11 + 28 + 31 + 30 + 31 + 30 + 20 = 181; H2 03-03 -> 05-02 = 28 + 30 + 2 = 60.
            // Sorted 60, 181: Q1 h = .25 -> 60 + .25 * 121 = 90.25; median 120.5; Q3 h = .75 -> 150.75
            Distribution d = SUMMARY.getPlanToClosureDays().orElseThrow();
            assertThat(d.getCount()).isEqualTo(2);
            assertThat(d.getFirstQuartile()).isEqualTo(90.25);
            assertThat(d.getMedian()).isEqualTo(120.5);
            assertThat(d.getThirdQuartile()).isEqualTo(150.75);
            assertThat(d.getMin()).isEqualTo(60);
            assertThat(d.getMax()).isEqualTo(181);
        }

        @Test
        void hasNoDurationsWithoutPlans() {
            CohortSummary s = CohortSummary.of(List.of(HandCohort.h4(), HandCohort.h5()));
            assertThat(s.getContactToPlanDays()).isEmpty();
            assertThat(s.getPlanToClosureDays()).isEmpty();
        }
    }

    @Nested
    class Changes {
        @Test
        void summarisesChangeScoresPerInstrumentDimensionAndRespondent() {
            // client: H1 +3, H2 0, H3 -1 -> n 3, mean 2/3, median 0, improved 1/3, unchanged 1/3, worsened 1/3
            // worker: H3 +2 -> n 1, mean 2, improved 1/1
            assertThat(SUMMARY.getChangeScores()).hasSize(2);
            ChangeScoreSummary client = SUMMARY.getChangeScores().get(0);
            assertThat(client.getInstrumentId()).isEqualTo(Instruments.PERCEIVED_WORK_ABILITY_ID);
            assertThat(client.getDimension()).isEqualTo(Instruments.WORK_ABILITY);
            assertThat(client.getRespondent()).isEqualTo(Respondent.CLIENT);
            assertThat(client.getCount()).isEqualTo(3);
            assertThat(client.getPaths()).containsExactlyElementsOf(ids("H1", "H2", "H3"));
            assertThat(client.getImprovement().getMean()).isCloseTo(2.0 / 3, within(1e-12));
            assertThat(client.getImprovement().getMedian()).isZero();
            assertThat(client.getImproved()).isEqualTo(Share.of(1, 3));
            assertThat(client.getUnchanged()).isEqualTo(Share.of(1, 3));
            assertThat(client.getWorsened()).isEqualTo(Share.of(1, 3));
            ChangeScoreSummary worker = SUMMARY.getChangeScores().get(1);
            assertThat(worker.getRespondent()).isEqualTo(Respondent.WORKER);
            assertThat(worker.getPaths()).containsExactlyElementsOf(ids("H3"));
            assertThat(worker.getImprovement().getMean()).isEqualTo(2);
            assertThat(worker.getImproved()).isEqualTo(Share.of(1, 1));
        }

        @Test
        void rejectsMixedChangeScores() {
            ChangeScoreSummary client = SUMMARY.getChangeScores().get(0);
            ChangeScoreSummary worker = SUMMARY.getChangeScores().get(1);
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> ChangeScoreSummary.of(
                    List.of(PathId.of("A"), PathId.of("B")), List.of(client.getScores().get(0), worker.getScores().get(0))));
            assertThatExceptionOfType(IllegalArgumentException.class)
                    .isThrownBy(() -> ChangeScoreSummary.of(List.of(), List.of()));
        }
    }

    @Nested
    class Delivery {
        @Test
        void sharesRemoteServices() {
            // services: H1 S1 ON_SITE, H1 S2 HOME_VISIT, H2 S1 VIDEO, H2 S2 HYBRID, H3 S1 ON_SITE = 5;
            // wholly remote: VIDEO = 1/5; at least partly: VIDEO, HYBRID = 2/5
            assertThat(SUMMARY.getRemoteServices()).isEqualTo(Share.of(1, 5));
            assertThat(SUMMARY.getAtLeastPartlyRemoteServices()).isEqualTo(Share.of(2, 5));
        }

        @Test
        void poolsAttendanceOverOfferedSessions() {
            // offered (cancelled excluded): H1 A A X = 3, H2 A A N = 3, H3 A A = 2 -> 8; attended 2 + 2 + 2 = 6
            assertThat(SUMMARY.getAttendance()).isEqualTo(Share.of(6, 8));
            assertThat(SUMMARY.getAttendance().getRatio()).hasValue(0.75);
        }

        @Test
        void sharesAttendedSessionsDeliveredRemotely() {
            // attended: H1 2 on site; H2 2 by video (the service's mode); H3 1 by phone (own mode), 1 on site -> 3/6
            assertThat(SUMMARY.getRemoteSessions()).isEqualTo(Share.of(3, 6));
        }
    }

    @Nested
    class AnonymousContacts {
        @Test
        void countsAnonymousContactsApartFromPaths() {
            // 4 records; people 7 + 9 + 6 at the meeting place and 2 in outreach = 24
            assertThat(SUMMARY.getAnonymousContactCount()).isEqualTo(4);
            assertThat(SUMMARY.getAnonymousPeopleCount()).isEqualTo(24);
            assertThat(SUMMARY.getAnonymousPeopleByChannel()).contains(entry(AnonymousChannel.LOW_THRESHOLD_MEETING_PLACE, 22),
                    entry(AnonymousChannel.OUTREACH, 2), entry(AnonymousChannel.PHONE, 0));
            assertThat(SUMMARY.getPathCount()).isEqualTo(5);
        }
    }

    @Test
    void summarisesEmptyCohort() {
        CohortSummary empty = CohortSummary.of(List.of());
        assertThat(empty.getPathCount()).isZero();
        assertThat(empty.getPositiveOutcomes().getRatio()).isEmpty();
        assertThat(empty.getAttendance()).isEqualTo(Share.of(0, 0));
        assertThat(empty.getChangeScores()).isEmpty();
        assertThat(empty.getStagesReached()).containsEntry(Stage.CONTACT, 0);
        assertThat(empty.getAnonymousPeopleCount()).isZero();
    }

    @Test
    void printsFiguresWithoutPersonalData() {
        assertThat(SUMMARY.toString()).contains("paths=5", "positive=2/3", "attendance=6/8")
                .doesNotContain("FICTIONAL", "Maija");
    }
}

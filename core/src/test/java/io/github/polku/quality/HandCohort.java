package io.github.polku.quality;

import static io.github.polku.quality.PathFixtures.assessment;
import static io.github.polku.quality.PathFixtures.attended;
import static io.github.polku.quality.PathFixtures.path;
import static io.github.polku.quality.PathFixtures.plan;
import static io.github.polku.quality.PathFixtures.service;
import static io.github.polku.quality.PathFixtures.session;
import static io.github.polku.quality.PathFixtures.throughRehabilitation;
import static io.github.polku.quality.PathFixtures.workAbility;

import io.github.polku.path.Closure;
import io.github.polku.path.ClosureReason;
import io.github.polku.path.ContactChannel;
import io.github.polku.path.Destination;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.Stage;
import io.github.polku.path.StageChange;
import io.github.polku.measurement.Respondent;
import io.github.polku.service.AttendanceStatus;
import io.github.polku.service.DeliveryMode;
import io.github.polku.service.ServiceForm;
import java.time.LocalDate;
import java.util.List;

/**
 * Five fictional paths whose figures are computed by hand in the tests that use them.
 * <pre>
 * path contact      channel  plan       closure                       services (form, mode, period; sessions)
 * H1   2025-01-10   SELF     2025-01-20 2025-07-20 MOVED_ON -> MH      S1 GROUP ON_SITE 01-20..07-19: A A X C
 *                                                                     S2 INDIVIDUAL HOME_VISIT 02-01..03-31
 * H2   2025-02-01   OUTREACH 2025-03-03 2025-05-02 WITHDREW -> NONE    S1 INDIVIDUAL VIDEO 03-03..04-30: A A N
 *                                                                     S2 INDIVIDUAL HYBRID 03-03..04-30
 * H3   2025-03-01   SELF     2025-03-05 open (REHABILITATION)          S1 COMMUNITY ON_SITE 03-05..open: A(PHONE) A
 * H4   2025-04-01   SELF     none       2025-04-20 MOVED_ON -> SA      none (closed in CONTACT)
 * H5   2025-05-01   SELF     none       open (ASSESSMENT)              none
 * (A attended, X absent, N absent notified, C cancelled by provider)
 * work ability, client:  H1 4 -> 7 (+3), H2 5 -> 5 (0), H3 6 -> 5 (-1); worker: H3 3 -> 5 (+2)
 * assessments: H1-H3 started on contact and completed the day before the plan; H5 started, not completed; H4 none
 * </pre>
 */
final class HandCohort {

    static final LocalDate EVALUATED_ON = LocalDate.of(2025, 12, 31);

    private HandCohort() {
    }

    static RehabilitationPath h1() {
        LocalDate contact = LocalDate.of(2025, 1, 10);
        return throughRehabilitation(path("H1", contact, ContactChannel.SELF), contact, LocalDate.of(2025, 1, 19),
                LocalDate.of(2025, 1, 20))
                .assessment(assessment(contact, LocalDate.of(2025, 1, 19)))
                .plan(plan(LocalDate.of(2025, 1, 20)))
                .addService(service("S1", ServiceForm.GROUP, DeliveryMode.ON_SITE, LocalDate.of(2025, 1, 20),
                        LocalDate.of(2025, 7, 19), attended(LocalDate.of(2025, 2, 3)), attended(LocalDate.of(2025, 2, 10)),
                        session(LocalDate.of(2025, 2, 17), AttendanceStatus.ABSENT),
                        session(LocalDate.of(2025, 2, 24), AttendanceStatus.CANCELLED_BY_PROVIDER)))
                .addService(service("S2", ServiceForm.INDIVIDUAL, DeliveryMode.HOME_VISIT, LocalDate.of(2025, 2, 1),
                        LocalDate.of(2025, 3, 31)))
                .addMeasurement(workAbility(LocalDate.of(2025, 1, 20), Respondent.CLIENT, 4))
                .addMeasurement(workAbility(LocalDate.of(2025, 7, 1), Respondent.CLIENT, 7))
                .closure(Closure.of(LocalDate.of(2025, 7, 20), ClosureReason.MOVED_ON, Destination.MENTAL_HEALTH_SERVICES))
                .build();
    }

    static RehabilitationPath h2() {
        LocalDate contact = LocalDate.of(2025, 2, 1);
        return throughRehabilitation(path("H2", contact, ContactChannel.OUTREACH), contact, LocalDate.of(2025, 3, 2),
                LocalDate.of(2025, 3, 3))
                .assessment(assessment(contact, LocalDate.of(2025, 3, 2)))
                .plan(plan(LocalDate.of(2025, 3, 3)))
                .addService(service("S1", ServiceForm.INDIVIDUAL, DeliveryMode.VIDEO, LocalDate.of(2025, 3, 3),
                        LocalDate.of(2025, 4, 30), attended(LocalDate.of(2025, 3, 10)), attended(LocalDate.of(2025, 3, 17)),
                        session(LocalDate.of(2025, 3, 24), AttendanceStatus.ABSENT_NOTIFIED)))
                .addService(service("S2", ServiceForm.INDIVIDUAL, DeliveryMode.HYBRID, LocalDate.of(2025, 3, 3),
                        LocalDate.of(2025, 4, 30)))
                .addMeasurement(workAbility(LocalDate.of(2025, 3, 3), Respondent.CLIENT, 5))
                .addMeasurement(workAbility(LocalDate.of(2025, 4, 30), Respondent.CLIENT, 5))
                .closure(Closure.of(LocalDate.of(2025, 5, 2), ClosureReason.CLIENT_WITHDREW, Destination.NONE))
                .build();
    }

    static RehabilitationPath h3() {
        LocalDate contact = LocalDate.of(2025, 3, 1);
        return throughRehabilitation(path("H3", contact, ContactChannel.SELF), contact, LocalDate.of(2025, 3, 4),
                LocalDate.of(2025, 3, 5))
                .assessment(assessment(contact, LocalDate.of(2025, 3, 4)))
                .plan(plan(LocalDate.of(2025, 3, 5)))
                .addService(service("S1", ServiceForm.COMMUNITY, DeliveryMode.ON_SITE, LocalDate.of(2025, 3, 5), null,
                        attended(LocalDate.of(2025, 3, 12), DeliveryMode.PHONE), attended(LocalDate.of(2025, 3, 19))))
                .addMeasurement(workAbility(LocalDate.of(2025, 3, 5), Respondent.CLIENT, 6))
                .addMeasurement(workAbility(LocalDate.of(2025, 3, 5), Respondent.WORKER, 3))
                .addMeasurement(workAbility(LocalDate.of(2025, 6, 1), Respondent.CLIENT, 5))
                .addMeasurement(workAbility(LocalDate.of(2025, 6, 1), Respondent.WORKER, 5))
                .build();
    }

    static RehabilitationPath h4() {
        return path("H4", LocalDate.of(2025, 4, 1), ContactChannel.SELF)
                .closure(Closure.of(LocalDate.of(2025, 4, 20), ClosureReason.MOVED_ON, Destination.SUBSTANCE_ABUSE_SERVICES))
                .build();
    }

    static RehabilitationPath h5() {
        LocalDate contact = LocalDate.of(2025, 5, 1);
        return path("H5", contact, ContactChannel.SELF)
                .addStageChange(StageChange.of(contact, Stage.ASSESSMENT))
                .assessment(assessment(contact, null))
                .build();
    }

    static List<RehabilitationPath> all() {
        return List.of(h1(), h2(), h3(), h4(), h5());
    }
}

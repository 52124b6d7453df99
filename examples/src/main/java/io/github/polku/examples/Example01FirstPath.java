package io.github.polku.examples;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.Client;
import io.github.polku.client.ClientId;
import io.github.polku.client.ClientLanguage;
import io.github.polku.client.NamedWorker;
import io.github.polku.client.Organiser;
import io.github.polku.client.OrganiserType;
import io.github.polku.client.Profession;
import io.github.polku.client.SupportNeed;
import io.github.polku.client.WorkerId;
import io.github.polku.measurement.IcfChapter;
import io.github.polku.path.ClientPlan;
import io.github.polku.path.Closure;
import io.github.polku.path.ClosureReason;
import io.github.polku.path.ContactChannel;
import io.github.polku.path.Destination;
import io.github.polku.path.FirstContact;
import io.github.polku.path.Goal;
import io.github.polku.path.GoalId;
import io.github.polku.path.GoalStatus;
import io.github.polku.path.PathId;
import io.github.polku.path.PlanParticipant;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.ServiceNeedAssessment;
import io.github.polku.path.Stage;
import io.github.polku.service.DeliveryMode;
import io.github.polku.service.Funding;
import io.github.polku.service.FundingType;
import io.github.polku.service.Provider;
import io.github.polku.service.ProviderType;
import io.github.polku.service.Service;
import io.github.polku.service.ServiceForm;
import io.github.polku.service.ServiceId;
import io.github.polku.service.ServiceKind;
import io.github.polku.service.ServiceMethod;
import io.github.polku.service.SocialRehabilitationComponent;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.ValidationReport;
import java.time.LocalDate;

/**
 * A first rehabilitation path (fi: kuntoutuspolku, sv: rehabiliteringsstig), from the first contact
 * to the closure, and its validation report.
 * <p>
 * <b>What this shows.</b> A client comes to social work by herself. A service need assessment
 * (palvelutarpeen arviointi) finds a need for social rehabilitation; a client plan
 * (asiakassuunnitelma) records the client's and the worker's views and two goals in the client's
 * own words; she takes part in an art group and in everyday-life coaching at home; the path closes
 * when she starts studying. The validator checks the client and the path and reports every problem.
 * <p>
 * <b>Things to notice.</b>
 * <ul>
 *   <li>The path knows the client only by a pseudonymous {@code ClientId}; no name, no identity code.</li>
 *   <li>Stages change only along legal transitions ({@code advanceTo}, {@code close}); each returns a
 *       new immutable path.</li>
 *   <li>Validation never throws: an empty report means valid. Removing the client's own view from the
 *       plan turns it into an error with a JSON Pointer to the place.</li>
 * </ul>
 */
public final class Example01FirstPath {

    private Example01FirstPath() {
    }

    /**
     * Runs the example.
     *
     * @param args  {@code --lang fi|sv|en}: the language of the lessons and messages (default: the locale)
     */
    public static void main(String[] args) {
        ExampleData.quietLogs();
        Lessons lessons = Lessons.of(1, args);
        // 1. The client: pseudonymous id, language, organiser, support need, named social worker.
        lessons.step(1);
        Organiser county = Organiser.of(OrganiserType.WELLBEING_SERVICES_COUNTY, "KESKI_SUOMI");
        Client client = Client.builder().clientId(ClientId.of("C-DEMO-0001")).language(ClientLanguage.FINNISH)
                .organiser(county).addSupportNeed(SupportNeed.SOCIAL_INCLUSION)
                .namedWorker(NamedWorker.builder().workerId(WorkerId.of("W-DEMO-01")).profession(Profession.SOCIAL_WORKER).build())
                .build();

        // 2. The assessment, and a plan with goals in the client's own words.
        lessons.step(2);
        ServiceNeedAssessment assessment = ServiceNeedAssessment.builder().pendingOn(LocalDate.of(2025, 3, 3))
                .startedOn(LocalDate.of(2025, 3, 6)).completedOn(LocalDate.of(2025, 3, 20))
                .clientView("(fictional) I have been alone at home for two years").workerView("(fictional) Needs company and a rhythm")
                .rehabilitationNeed(true).build();
        LocalDate planned = LocalDate.of(2025, 3, 27);
        Goal company = Goal.builder().id(GoalId.of("G1")).words("(fictional) I want to paint with other people")
                .lifeArea(IcfChapter.D9).setOn(planned).build().withStatus(GoalStatus.ACTIVE, planned);
        Goal rhythm = Goal.builder().id(GoalId.of("G2")).words("(fictional) I want to get up before nine")
                .lifeArea(IcfChapter.D2).setOn(planned).build().withStatus(GoalStatus.ACTIVE, planned);
        ClientPlan plan = ClientPlan.builder().createdOn(planned)
                .clientView("(fictional) I want to get out of the house").workerView("(fictional) Group work and home coaching")
                .addParticipant(PlanParticipant.CLIENT).addParticipant(PlanParticipant.NAMED_WORKER)
                .addGoal(company).addGoal(rhythm).build();

        // 3. Two services: an art group on site and everyday-life coaching at home.
        lessons.step(3);
        Service artGroup = service("S-ART", ServiceMethod.ART_AND_CREATIVE, ServiceForm.GROUP, DeliveryMode.ON_SITE,
                SocialRehabilitationComponent.GROUP_ACTIVITY_AND_SOCIAL_SUPPORT);
        Service coaching = service("S-HOME", ServiceMethod.EVERYDAY_LIFE_COACHING, ServiceForm.INDIVIDUAL,
                DeliveryMode.HOME_VISIT, SocialRehabilitationComponent.EVERYDAY_LIFE_COACHING);

        // 4. At follow-up the goals are evaluated; the path closes when she starts studying.
        lessons.step(4);
        LocalDate evaluated = LocalDate.of(2025, 9, 1);
        ClientPlan evaluatedPlan = plan.withGoalStatus(GoalId.of("G1"), GoalStatus.ACHIEVED, evaluated)
                .withGoalStatus(GoalId.of("G2"), GoalStatus.PARTLY_ACHIEVED, evaluated);
        RehabilitationPath path = RehabilitationPath.builder().id(PathId.of("P-DEMO-0001"))
                .clientId(client.getClientId()).organiser(county)
                .firstContact(FirstContact.of(LocalDate.of(2025, 3, 3), ContactChannel.SELF))
                .assessment(assessment).plan(evaluatedPlan).addService(artGroup).addService(coaching).build()
                .advanceTo(Stage.ASSESSMENT, LocalDate.of(2025, 3, 6))
                .advanceTo(Stage.PLANNING, LocalDate.of(2025, 3, 20))
                .advanceTo(Stage.REHABILITATION, LocalDate.of(2025, 4, 1))
                .advanceTo(Stage.FOLLOW_UP, evaluated)
                .close(Closure.of(LocalDate.of(2025, 9, 30), ClosureReason.GOALS_MET, Destination.EDUCATION));
        System.out.println("Path:            " + path.getId().getValue() + ", stage " + path.getStage()
                + ", " + path.getStageChanges().size() + " stage changes");
        evaluatedPlan.getGoals().forEach(g -> System.out.println("Goal " + g.getId().getValue() + ":         " + g.getStatus()));
        System.out.println("Services:        " + path.getServices().size());
        System.out.println("Closure:         " + path.getClosure().orElseThrow().getDestination());

        // 5. Validate client and path together; every problem would be listed, none is thrown.
        lessons.step(5);
        PolkuValidator validator = PolkuValidator.shared();
        ValidationReport report = validator.validate(client).and(validator.validate(path));
        System.out.println("Report:          valid=" + report.isValid() + ", violations=" + report.getViolations().size());

        // 6. The same path without the client's own view in the plan.
        lessons.step(6);
        ClientPlan withoutClientView = ClientPlan.builder().createdOn(planned).workerView("(fictional) Group work")
                .addParticipant(PlanParticipant.NAMED_WORKER).addGoal(company).addGoal(rhythm).build();
        ValidationReport broken = validator.validate(path.withPlan(withoutClientView));
        System.out.println("Without view:    valid=" + broken.isValid());
        broken.getViolations().forEach(v -> System.out.println("  " + v.getSeverity() + " " + v.getPath() + " "
                + v.getCode() + ": " + v.getMessage(lessons.locale())));
        lessons.notices();
    }

    private static Service service(String id, ServiceMethod method, ServiceForm form, DeliveryMode mode,
            SocialRehabilitationComponent component) {
        return Service.builder().id(ServiceId.of(id)).kind(ServiceKind.SOCIAL_REHABILITATION).addComponent(component)
                .addMethod(method).form(form).deliveryMode(mode).provider(Provider.of(ProviderType.PUBLIC))
                .funding(Funding.of(FundingType.OWN_PRODUCTION))
                .period(DateRange.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 8, 29))).build();
    }
}

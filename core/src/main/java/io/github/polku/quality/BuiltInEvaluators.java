package io.github.polku.quality;

import java.util.List;

/**
 * The identifiers and rules of Polku's built-in criterion evaluators (fi: sis\u00e4\u00e4nrakennetut
 * arvioijat, sv: inbyggda bed\u00f6mare), registered in {@link EvaluatorRegistry#builtIn()}.
 * <p>
 * A framework, also one loaded from data, names an evaluator by its identifier. Each evaluator
 * below states what it reads, how it decides, its parameters and the
 * {@link CriterionResult#getExplanationCode() explanation codes} it uses. "Not yet due" results
 * are {@link CriterionOutcome#NOT_APPLICABLE}: the step cannot be judged yet on an open path.
 * Evidence never holds free text or identity: it records whether a view was recorded, not the view.
 * <p>
 * This class holds constants only.
 *
 * @since 0.1.0
 */
public final class BuiltInEvaluators {

    /**
     * {@code path.needAssessment}: a service need assessment was made (Social Welfare Act
     * 1301/2014, section 36). MET when completed; PARTLY_MET when started and not completed;
     * NOT_APPLICABLE when omitted as obviously unnecessary, for an equivalent arrangement or because
     * the client refused, and while an open path is in contact or assessment; NOT_MET otherwise.
     */
    public static final String NEED_ASSESSMENT = "path.needAssessment";

    /**
     * {@code path.needAssessmentOnTime}: the statutory deadlines of the assessment were kept
     * (section 36, with the numbers of the {@link io.github.polku.rules.RuleBook rule book}): the
     * start within seven working days of the matter becoming pending for the deadline groups,
     * the same day for an urgent need, and for a child needing special support completion within
     * three months. Each deadline is kept, late (done after it, or not done when it has passed on
     * the evaluation date) or pending. MET when none is late and one is kept; PARTLY_MET when some
     * are kept and some late; NOT_MET when all are late; NOT_APPLICABLE without an assessment,
     * without a deadline, or with every deadline pending.
     */
    public static final String NEED_ASSESSMENT_ON_TIME = "path.needAssessmentOnTime";

    /**
     * {@code path.clientPlan}: a client plan was drawn up with the client and holds the client's
     * own view (section 39; Act 812/2000, section 8). A legal representative, relative or other
     * close person taking part counts for the client. MET with both; PARTLY_MET with one;
     * NOT_MET with neither, or when a path reached rehabilitation without a plan; NOT_APPLICABLE
     * when omitted as above or before the path reaches rehabilitation.
     */
    public static final String CLIENT_PLAN = "path.clientPlan";

    /**
     * {@code path.namedWorker}: the client has a named worker (section 42). Reads the client record
     * given with {@link QualityEvaluator#withClients(java.util.Collection)}; INSUFFICIENT_DATA
     * without it. MET with a named worker; PARTLY_MET when a client needing special support has a
     * named worker who is not a social worker (the THL guide recommends one); NOT_APPLICABLE when
     * omitted as obviously unnecessary; NOT_MET otherwise.
     */
    public static final String NAMED_WORKER = "path.namedWorker";

    /**
     * {@code path.goalsFollowedUp}: the goals of the client plan were followed up. A goal is
     * followed up when its status was judged (achieved, partly, not, abandoned) or the plan was
     * evaluated on or after the day it was set. MET when all goals are; PARTLY_MET when some are;
     * NOT_MET when none are (once the path is closed or the plan is older than
     * {@code dueAfterMonths}, default 6, a Polku default to be set by the framework) or the plan
     * has no goals; NOT_APPLICABLE without a plan or before follow-up is due.
     */
    public static final String GOALS_FOLLOWED_UP = "path.goalsFollowedUp";

    /**
     * {@code path.longTermSupport}: the support lasted at least {@code minimumMonths} (default 6,
     * a Polku default to be set by the framework). The support runs from the earliest start of a
     * service to the latest end, both days included; an open service runs to the closure or the
     * evaluation date; pauses are not subtracted. MET when long enough; NOT_APPLICABLE while the
     * path is open and shorter, or when it closed shorter because the client moved away; NOT_MET
     * when it closed shorter otherwise; INSUFFICIENT_DATA without services.
     */
    public static final String LONG_TERM_SUPPORT = "path.longTermSupport";

    /**
     * {@code path.methodMix}: the services mix at least {@code minimumForms} (default 2) of the
     * forms individual, group and community work, and include an accessible form: the path began
     * through outreach or a low-threshold meeting place, or a service or session was delivered as
     * outreach, as a home visit or at least partly remotely. MET with both; PARTLY_MET with one;
     * NOT_MET with neither; INSUFFICIENT_DATA without services.
     */
    public static final String METHOD_MIX = "path.methodMix";

    /**
     * {@code path.outcomesMeasured}: the client's situation was measured with one instrument by
     * one respondent on at least {@code minimumTimepoints} (default 2) different dates. MET when so;
     * on a closed path that reached rehabilitation PARTLY_MET with fewer dates and NOT_MET with none;
     * NOT_APPLICABLE on a closed path that never reached rehabilitation, and on an open path that
     * has a first measurement or has not reached rehabilitation; NOT_MET on an open path in
     * rehabilitation without any measurement.
     */
    public static final String OUTCOMES_MEASURED = "path.outcomesMeasured";

    /**
     * {@code path.cooperationAtClosure}: a closed path leads on to another service or activity
     * (section 17: coordination with other rehabilitation). MET when the destination is not
     * {@code NONE}; NOT_APPLICABLE while open, or without a destination when the goals were met or
     * the client moved away; NOT_MET otherwise.
     */
    public static final String COOPERATION_AT_CLOSURE = "path.cooperationAtClosure";

    /**
     * {@code process.clientsAboveTokenism}: the client-side roles of a co-development process stand
     * above the tokenism rungs of Arnstein's ladder (rung 6 or higher, derived or assessed). MET when
     * all do; PARTLY_MET when some do; NOT_MET when none do or there is no client-side role.
     */
    public static final String CLIENTS_ABOVE_TOKENISM = "process.clientsAboveTokenism";

    /**
     * {@code process.staffCompetence}: the professionals of a co-development process have a
     * completed training recorded in one of their roles. MET when all have; PARTLY_MET when some
     * have; NOT_MET when none has; NOT_APPLICABLE without professionals.
     */
    public static final String STAFF_COMPETENCE = "process.staffCompetence";

    private BuiltInEvaluators() {
    }

    static List<CriterionEvaluator<?>> all() {
        return List.of(new NeedAssessmentEvaluator(), new AssessmentDeadlineEvaluator(), new ClientPlanEvaluator(),
                new NamedWorkerEvaluator(), new GoalsFollowedUpEvaluator(), new LongTermSupportEvaluator(),
                new MethodMixEvaluator(), new CooperationAtClosureEvaluator(), new OutcomesMeasuredEvaluator(),
                new ClientsAboveTokenismEvaluator(), new StaffCompetenceEvaluator());
    }
}

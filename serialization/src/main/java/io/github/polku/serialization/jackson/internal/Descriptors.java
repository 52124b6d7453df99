package io.github.polku.serialization.jackson.internal;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.Client;
import io.github.polku.client.ClientIdentity;
import io.github.polku.client.NamedWorker;
import io.github.polku.client.Organiser;
import io.github.polku.client.OrganiserType;
import io.github.polku.client.PersonalIdentityCode;
import io.github.polku.codevelopment.ClientCouncil;
import io.github.polku.codevelopment.CoDevelopmentProcess;
import io.github.polku.codevelopment.Commitment;
import io.github.polku.codevelopment.CouncilStatement;
import io.github.polku.codevelopment.Idea;
import io.github.polku.codevelopment.ImplementedChange;
import io.github.polku.codevelopment.Participant;
import io.github.polku.codevelopment.ParticipationAssessment;
import io.github.polku.codevelopment.PhasePeriod;
import io.github.polku.codevelopment.RoleAssignment;
import io.github.polku.codevelopment.Session;
import io.github.polku.codevelopment.StatusChange;
import io.github.polku.codevelopment.Theme;
import io.github.polku.codevelopment.Training;
import io.github.polku.contact.AnonymousChannel;
import io.github.polku.contact.AnonymousContact;
import io.github.polku.identifier.Identifier;
import io.github.polku.measurement.ChangeScore;
import io.github.polku.measurement.Dimension;
import io.github.polku.measurement.Direction;
import io.github.polku.measurement.Instrument;
import io.github.polku.measurement.InstrumentId;
import io.github.polku.measurement.Measurement;
import io.github.polku.measurement.Respondent;
import io.github.polku.measurement.Scale;
import io.github.polku.path.ClientPlan;
import io.github.polku.path.Closure;
import io.github.polku.path.ClosureReason;
import io.github.polku.path.Destination;
import io.github.polku.path.FirstContact;
import io.github.polku.path.Goal;
import io.github.polku.path.GoalStatusChange;
import io.github.polku.path.OutcomeClassification;
import io.github.polku.path.PathId;
import io.github.polku.path.Pause;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.ServiceNeedAssessment;
import io.github.polku.path.Stage;
import io.github.polku.path.StageChange;
import io.github.polku.quality.ChangeScoreSummary;
import io.github.polku.quality.CohortSummary;
import io.github.polku.quality.Distribution;
import io.github.polku.quality.Share;
import io.github.polku.service.Attendance;
import io.github.polku.service.Funding;
import io.github.polku.service.ProjectFunding;
import io.github.polku.service.Provider;
import io.github.polku.service.RehabilitativeWorkActivity;
import io.github.polku.service.Schedule;
import io.github.polku.service.Service;
import io.github.polku.service.Voucher;
import io.github.polku.service.VoucherValue;
import io.github.polku.service.VoucherValueUnit;
import io.github.polku.validation.IncompleteValueException;
import io.github.polku.internal.validation.Identifiers;
import io.github.polku.internal.validation.Messages;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import java.util.function.Supplier;

/**
 * The descriptors of every exchanged type. Each Immutables value type is listed with its JSON
 * property names in wire order; the kind of each property, its getter and its builder method
 * are derived from the type, so the list cannot disagree with the model (a test checks that the
 * list names every attribute). Types that are not Immutables values have hand-written
 * descriptors. Built once; immutable afterwards.
 */
public final class Descriptors {

    /** Attributes whose wire name differs from the Java attribute name, per type: attribute to wire name. */
    private static final Map<Class<?>, Map<String, String>> RENAMED = Map.of(Violation.class, Map.of("path", "pointer"));

    /** Wire codes that differ from the Java constant name (none yet), per enum simple name. */
    private static final Map<String, Map<String, String>> CODE_OVERRIDES = Map.of();

    /** GH-14: a theme referred to by its code, neither built in nor declared by the process. */
    static final String THEME_UNDECLARED = "polku.codevelopment.theme.undeclared";

    /** The labels of a theme read by its code alone, until it is resolved; compared by identity. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String THEME_REFERENCE = new String("(reference)");

    /** The code of a figure that contradicts the rest of a cohort summary. */
    static final String COHORT_INCONSISTENT = "polku.cohort.inconsistent";

    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private static final Locale FI = Locale.forLanguageTag("fi");
    private static final Locale SV = Locale.forLanguageTag("sv");

    private static final Descriptors INSTANCE = new Descriptors();

    private final Map<Class<?>, TypeDescriptor> descriptors = new LinkedHashMap<>();
    private final Map<Class<?>, EnumCodes<?>> codes = new ConcurrentHashMap<>();
    private final Map<Class<?>, Kind> idKinds = new ConcurrentHashMap<>();

    private Descriptors() {
        // Paths and what they hold
        immutable(RehabilitationPath.class, "id clientId organiser clientBirthMonth firstContact assessment assessmentOmission"
                + " plan planOmission stageChanges pauses services instruments measurements closure");
        immutable(FirstContact.class, "date channel urgent?");
        immutable(ServiceNeedAssessment.class, "pendingOn startedOn completedOn deadlineGroup? clientView workerView rehabilitationNeed?");
        immutable(ClientPlan.class, "createdOn evaluationDates clientView workerView agreement? clientJustification"
                + " workerJustification participants goals");
        immutable(Goal.class, "id words lifeArea setOn targetDate youthPlacement statusHistory");
        immutable(GoalStatusChange.class, "date status");
        immutable(StageChange.class, "date stage");
        immutable(Pause.class, "period reason continuesRemotely?");
        immutable(Closure.class, "date reason destination");
        immutable(Service.class, "id kind components methods form deliveryMode provider funding period schedule attendances workActivity");
        immutable(Provider.class, "type name approvedProviderId");
        immutable(Funding.class, "type voucher project");
        immutable(Voucher.class, "value incomeRelated? decisionReference assessmentReference refused? alternativeArrangement"
                + " selfPayment freeByLaw?");
        immutable(ProjectFunding.class, "funderCode projectCode");
        immutable(Attendance.class, "date status hours deliveryMode");
        immutable(RehabilitativeWorkActivity.class, "basis planReference planDate daysPerWeek hoursPerDay periods allowanceTypes"
                + " planGoal planSupport reviewDates obligationExemptions");
        immutable(Instrument.class, "id names version source licenceNote dimensions");
        immutable(Dimension.class, "code names scale");
        immutable(Scale.class, "min max step? direction specialValues");
        immutable(Measurement.class, "instrumentId date respondent occasion scores");
        // Clients
        immutable(Client.class, "clientId language organiser supportNeeds specialSupport? namedWorker namedWorkerOmission");
        immutable(NamedWorker.class, "workerId profession assignment supervisor");
        immutable(ClientIdentity.class, "clientId identityCode name");
        // Anonymous contacts
        immutable(AnonymousContact.class, "date place channel activities peopleCount organiser");
        // Co-development
        immutable(CoDevelopmentProcess.class, "id title organiser themes phases sessions participants ideas changes clientCouncil");
        immutable(PhasePeriod.class, "phase period");
        immutable(Session.class, "id date format theme attendees");
        immutable(Participant.class, "id kind roles");
        immutable(RoleAssignment.class, "role training compensation? responsibilities commitment decisionRights assessment");
        immutable(Training.class, "completed provider date");
        immutable(Commitment.class, "level note");
        immutable(ParticipationAssessment.class, "rung reason assessedOn");
        immutable(Idea.class, "id title raisedIn proposers theme statusChanges");
        immutable(StatusChange.class, "status date reason");
        immutable(ImplementedChange.class, "title idea implementedOn");
        immutable(ClientCouncil.class, "members membershipCap meetingsPerYear statements");
        immutable(CouncilStatement.class, "subject givenOn answeredOn");
        // Quality
        immutable(io.github.polku.quality.QualityFramework.class, "id version name sources criteria");
        immutable(io.github.polku.quality.QualityCriterion.class, "code name description sources subjectKind assessment parameters");
        immutable(io.github.polku.quality.Citation.class, "text url confidence");
        immutable(io.github.polku.quality.QualityEvaluation.class, "frameworkId frameworkVersion subject evaluatedOn results");
        immutable(io.github.polku.quality.CriterionResult.class, "criterionCode outcome evidence explanationCode explanationArguments");
        immutable(io.github.polku.quality.Evidence.class, "subject pointer values");
        custom(io.github.polku.quality.LocalizedText.class, v -> io.github.polku.quality.LocalizedText.of((String) v[0], (String) v[1],
                (String) v[2]),
                prop("fi", Kinds.STRING, Prop.Presence.REQUIRED, o -> ((io.github.polku.quality.LocalizedText) o).getFi()),
                prop("sv", Kinds.STRING, Prop.Presence.REQUIRED, o -> ((io.github.polku.quality.LocalizedText) o).getSv()),
                prop("en", Kinds.STRING, Prop.Presence.REQUIRED, o -> ((io.github.polku.quality.LocalizedText) o).getEn()));
        custom(io.github.polku.quality.Subject.class, v -> io.github.polku.quality.Subject.of((io.github.polku.quality.SubjectKind) v[0],
                (String) v[1]),
                prop("kind", code(io.github.polku.quality.SubjectKind.class), Prop.Presence.REQUIRED,
                        o -> ((io.github.polku.quality.Subject) o).getKind()),
                prop("id", Kinds.STRING, Prop.Presence.REQUIRED, o -> ((io.github.polku.quality.Subject) o).getId()));
        // An assessment is automatic, naming its evaluator, or by a person (no evaluator).
        custom(io.github.polku.quality.Assessment.class, v -> assessment((io.github.polku.quality.AssessmentKind) v[0], (String) v[1]),
                prop("kind", code(io.github.polku.quality.AssessmentKind.class), Prop.Presence.REQUIRED,
                        o -> ((io.github.polku.quality.Assessment) o).getKind()),
                prop("evaluatorId", Kinds.STRING, Prop.Presence.OPTIONAL, o -> ((io.github.polku.quality.Assessment) o).getEvaluatorId()));
        // Values with factories
        custom(Organiser.class, v -> Organiser.of((OrganiserType) v[0], (String) v[1]),
                prop("type", code(OrganiserType.class), Prop.Presence.REQUIRED, o -> ((Organiser) o).getType()),
                prop("code", Kinds.STRING, Prop.Presence.REQUIRED, o -> ((Organiser) o).getCode()));
        custom(DateRange.class, v -> DateRange.of((LocalDate) v[0], Optional.ofNullable((LocalDate) v[1])),
                prop("start", Kinds.DATE_KIND, Prop.Presence.REQUIRED, o -> ((DateRange) o).getStart()),
                prop("end", Kinds.DATE_KIND, Prop.Presence.OPTIONAL, o -> ((DateRange) o).getEnd()));
        custom(VoucherValue.class, v -> VoucherValue.of((BigDecimal) v[0], (VoucherValueUnit) v[1]),
                prop("euros", Kinds.DECIMAL, Prop.Presence.REQUIRED, o -> ((VoucherValue) o).getEuros()),
                prop("unit", code(VoucherValueUnit.class), Prop.Presence.REQUIRED, o -> ((VoucherValue) o).getUnit()));
        custom(io.github.polku.serialization.jackson.AnonymousContactBatch.class,
                v -> io.github.polku.serialization.jackson.AnonymousContactBatch.of(contacts(v[0])),
                prop("contacts", new Kinds.ListKind(new Kinds.ObjectKind(this, AnonymousContact.class), false), Prop.Presence.COLLECTION,
                        o -> ((io.github.polku.serialization.jackson.AnonymousContactBatch) o).getContacts()));
        custom(Schedule.class, v -> Schedule.of((Integer) v[0], (BigDecimal) v[1]),
                prop("sessionsPerWeek", Kinds.INTEGER, Prop.Presence.REQUIRED, o -> ((Schedule) o).getSessionsPerWeek()),
                prop("hoursPerSession", Kinds.DECIMAL, Prop.Presence.REQUIRED, o -> ((Schedule) o).getHoursPerSession()));
        // Cohort summaries (GH-6)
        custom(OutcomeClassification.class, v -> OutcomeClassification.of(codeSet(v[0], Destination.class),
                codeSet(v[1], ClosureReason.class)),
                prop("positiveDestinations", new Kinds.ListKind(code(Destination.class), true), Prop.Presence.COLLECTION,
                        o -> ((OutcomeClassification) o).getPositiveDestinations()),
                prop("positiveReasons", new Kinds.ListKind(code(ClosureReason.class), true), Prop.Presence.COLLECTION,
                        o -> ((OutcomeClassification) o).getPositiveReasons()));
        custom(Share.class, Descriptors::share,
                prop("count", Kinds.INTEGER, Prop.Presence.REQUIRED, o -> ((Share) o).getCount()),
                prop("total", Kinds.INTEGER, Prop.Presence.REQUIRED, o -> ((Share) o).getTotal()));
        custom(Distribution.class, v -> Distribution.of(numbers(v[0])),
                prop("values", new Kinds.ListKind(Kinds.DOUBLE, false), Prop.Presence.REQUIRED,
                        o -> boxed(((Distribution) o).getValues())));
        custom(ChangeScoreEntry.class, v -> new ChangeScoreEntry((PathId) v[0], (LocalDate) v[1], (BigDecimal) v[2],
                (LocalDate) v[3], (BigDecimal) v[4]),
                prop("path", kindOf(PathId.class), Prop.Presence.REQUIRED, o -> ((ChangeScoreEntry) o).path),
                prop("earlierDate", Kinds.DATE_KIND, Prop.Presence.REQUIRED, o -> ((ChangeScoreEntry) o).earlierDate),
                prop("earlierValue", Kinds.DECIMAL, Prop.Presence.REQUIRED, o -> ((ChangeScoreEntry) o).earlierValue),
                prop("laterDate", Kinds.DATE_KIND, Prop.Presence.REQUIRED, o -> ((ChangeScoreEntry) o).laterDate),
                prop("laterValue", Kinds.DECIMAL, Prop.Presence.REQUIRED, o -> ((ChangeScoreEntry) o).laterValue));
        custom(ChangeScoreSummary.class, ChangeScoreEntry::summary,
                prop("instrumentId", kindOf(InstrumentId.class), Prop.Presence.REQUIRED, o -> ((ChangeScoreSummary) o).getInstrumentId()),
                prop("dimension", Kinds.STRING, Prop.Presence.REQUIRED, o -> ((ChangeScoreSummary) o).getDimension()),
                prop("respondent", code(Respondent.class), Prop.Presence.REQUIRED, o -> ((ChangeScoreSummary) o).getRespondent()),
                prop("direction", code(Direction.class), Prop.Presence.REQUIRED,
                        o -> ((ChangeScoreSummary) o).getScores().get(0).getDirection()),
                prop("scores", new Kinds.ListKind(new Kinds.ObjectKind(this, ChangeScoreEntry.class), false), Prop.Presence.REQUIRED,
                        o -> ChangeScoreEntry.entries((ChangeScoreSummary) o)));
        Kind pathIds = new Kinds.ListKind(kindOf(PathId.class), false);
        custom(CohortSummary.class, Descriptors::cohortSummary,
                prop("classification", new Kinds.ObjectKind(this, OutcomeClassification.class), Prop.Presence.REQUIRED,
                        o -> ((CohortSummary) o).getClassification()),
                prop("currentStages", new Kinds.MapKind(codes(Stage.class), pathIds), Prop.Presence.COLLECTION,
                        o -> paths(Stage.class, ((CohortSummary) o)::getPathsInStage)),
                prop("stagesReached", new Kinds.MapKind(codes(Stage.class), pathIds), Prop.Presence.COLLECTION,
                        o -> paths(Stage.class, ((CohortSummary) o)::getPathsReaching)),
                prop("closedPaths", new Kinds.MapKind(codes(Destination.class), pathIds), Prop.Presence.COLLECTION,
                        o -> paths(Destination.class, ((CohortSummary) o)::getClosedPaths)),
                prop("positivePaths", pathIds, Prop.Presence.COLLECTION, o -> ((CohortSummary) o).getPositivePaths()),
                prop("contactToPlanDays", new Kinds.ObjectKind(this, Distribution.class), Prop.Presence.OPTIONAL,
                        o -> ((CohortSummary) o).getContactToPlanDays()),
                prop("planToClosureDays", new Kinds.ObjectKind(this, Distribution.class), Prop.Presence.OPTIONAL,
                        o -> ((CohortSummary) o).getPlanToClosureDays()),
                prop("changeScores", new Kinds.ListKind(new Kinds.ObjectKind(this, ChangeScoreSummary.class), false),
                        Prop.Presence.COLLECTION, o -> ((CohortSummary) o).getChangeScores()),
                prop("remoteServices", new Kinds.ObjectKind(this, Share.class), Prop.Presence.REQUIRED,
                        o -> ((CohortSummary) o).getRemoteServices()),
                prop("atLeastPartlyRemoteServices", new Kinds.ObjectKind(this, Share.class), Prop.Presence.REQUIRED,
                        o -> ((CohortSummary) o).getAtLeastPartlyRemoteServices()),
                prop("remoteSessions", new Kinds.ObjectKind(this, Share.class), Prop.Presence.REQUIRED,
                        o -> ((CohortSummary) o).getRemoteSessions()),
                prop("attendance", new Kinds.ObjectKind(this, Share.class), Prop.Presence.REQUIRED,
                        o -> ((CohortSummary) o).getAttendance()),
                prop("anonymousContactCount", Kinds.INTEGER, Prop.Presence.REQUIRED, o -> ((CohortSummary) o).getAnonymousContactCount()),
                prop("anonymousPeopleByChannel", new Kinds.MapKind(codes(AnonymousChannel.class), Kinds.INTEGER),
                        Prop.Presence.COLLECTION, o -> nonZero(((CohortSummary) o).getAnonymousPeopleByChannel())));
        // Validation reports (GH-6): the validity and the counts are derived, and checked when read
        custom(Violation.class, Descriptors::violation,
                prop("code", Kinds.STRING, Prop.Presence.REQUIRED, o -> ((Violation) o).getCode()),
                prop("severity", code(Severity.class), Prop.Presence.REQUIRED, o -> ((Violation) o).getSeverity()),
                prop("pointer", Kinds.STRING, Prop.Presence.REQUIRED, o -> ((Violation) o).getPath()),
                prop("arguments", new Kinds.MapKind(false, Kinds.STRING), Prop.Presence.DEFAULTED,
                        o -> ((Violation) o).getArguments()),
                prop("message", new Kinds.TextsKind(), Prop.Presence.DEFAULTED, o -> message((Violation) o)));
        custom(ValidationReport.class, Descriptors::report,
                prop("valid", Kinds.BOOLEAN, Prop.Presence.DEFAULTED, o -> ((ValidationReport) o).isValid()),
                prop("counts", new Kinds.MapKind(codes(Severity.class), Kinds.INTEGER), Prop.Presence.DEFAULTED,
                        o -> ((ValidationReport) o).countBySeverity()),
                prop("violations", new Kinds.ListKind(new Kinds.ObjectKind(this, Violation.class), false), Prop.Presence.REQUIRED,
                        o -> ((ValidationReport) o).getViolations()));
        custom(Theme.class, Descriptors::theme,
                prop("code", Kinds.STRING, Prop.Presence.REQUIRED, o -> ((Theme) o).getCode()),
                prop("fi", Kinds.STRING, Prop.Presence.OPTIONAL, o -> label((Theme) o, "fi")),
                prop("sv", Kinds.STRING, Prop.Presence.OPTIONAL, o -> label((Theme) o, "sv")),
                prop("en", Kinds.STRING, Prop.Presence.OPTIONAL, o -> label((Theme) o, "en")));
        contract();
    }

    /**
     * GH-14: what the reader checks beyond the kinds of the properties, said in the schemas too, and
     * the references to items the document declares. The schemas and the reader are kept one
     * contract by {@code SchemaReaderAgreementTest}.
     */
    private void contract() {
        before(CoDevelopmentProcess.class, Descriptors::resolveThemes);
        after(io.github.polku.quality.QualityFramework.class, Descriptors::knownEvaluators);
        refine(Theme.class, t -> {
            string(t, "code", CODE_PATTERN, MAX_CODE_LENGTH);
            ObjectNode labels = t.putObject("dependentRequired");
            for (String language : LANGUAGES) {
                ArrayNode others = labels.putArray(language);
                LANGUAGES.stream().filter(l -> !l.equals(language)).forEach(others::add);
            }
        });
        refine(io.github.polku.quality.Assessment.class, t -> {
            string(t, "evaluatorId", "^[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)*$", MAX_CODE_LENGTH);
            ObjectNode automatic = t.putObject("if");
            automatic.putObject("properties").putObject("kind").put("const", "AUTOMATIC");
            automatic.putArray("required").add("kind");
            t.putObject("then").putArray("required").add("evaluatorId");
            t.putObject("else").putObject("not").putArray("required").add("evaluatorId");
        });
        refine(Organiser.class, t -> {
            ArrayNode cases = t.putArray("allOf");
            for (OrganiserType type : OrganiserType.values()) {
                ObjectNode when = cases.addObject();
                ObjectNode condition = when.putObject("if");
                condition.putObject("properties").putObject("type").put("const", codes(OrganiserType.class).codeOf(type));
                condition.putArray("required").add("type");
                ObjectNode code = when.putObject("then").putObject("properties").putObject("code");
                switch (type) {
                    case WELLBEING_SERVICES_COUNTY:
                    case CITY_OF_HELSINKI:
                        ArrayNode known = code.putArray("enum");
                        Organiser.since2023().stream().filter(o -> o.getType() == type).forEach(o -> known.add(o.getCode()));
                        break;
                    case MUNICIPALITY:
                        code.put("pattern", "^[0-9]{3}$");
                        break;
                    default:
                        code.put("pattern", Kinds.IDENTIFIER_PATTERN);
                        code.putObject("not").put("pattern", Kinds.IDENTITY_CODE_PATTERN);
                        break;
                }
            }
        });
        refine(Dimension.class, t -> string(t, "code", "^[A-Za-z][A-Za-z0-9_]{0,63}$", MAX_CODE_LENGTH));
        refine(io.github.polku.quality.QualityFramework.class, t -> {
            string(t, "id", Kinds.IDENTIFIER_PATTERN, MAX_CODE_LENGTH);
            ((ObjectNode) t.get("properties").get("id")).putObject("not").put("pattern", Kinds.IDENTITY_CODE_PATTERN);
        });
        refine(io.github.polku.quality.QualityCriterion.class, t -> {
            string(t, "code", CODE_PATTERN, MAX_CODE_LENGTH);
            ((ObjectNode) t.get("properties").get("parameters")).putObject("propertyNames").put("pattern", "^[a-z][A-Za-z0-9]*$")
                    .put("maxLength", MAX_CODE_LENGTH);
        });
        refine(io.github.polku.quality.CriterionResult.class, t -> {
            string(t, "criterionCode", CODE_PATTERN, MAX_CODE_LENGTH);
            string(t, "explanationCode", MESSAGE_CODE_PATTERN, 0);
        });
        refine(Violation.class, t -> {
            string(t, "code", MESSAGE_CODE_PATTERN, 0);
            string(t, "pointer", POINTER_PATTERN, 0);
            // GH-14: a received violation carries only the argument names Polku's messages know
            ArrayNode names = ((ObjectNode) t.get("properties").get("arguments")).putObject("propertyNames").putArray("enum");
            Messages.argumentNames().forEach(names::add);
        });
        refine(io.github.polku.quality.Evidence.class, t -> string(t, "pointer", POINTER_PATTERN, 0));
        // GH-14: a subject's id is an identifier, with the syntax of every other identifier
        refine(io.github.polku.quality.Subject.class, t -> {
            string(t, "id", Kinds.IDENTIFIER_PATTERN, Kinds.IDENTIFIER_MAX_LENGTH);
            ((ObjectNode) t.get("properties").get("id")).put("minLength", 1).putObject("not").put("pattern", Kinds.IDENTITY_CODE_PATTERN);
        });
        refine(Share.class, t -> {
            ((ObjectNode) t.get("properties").get("count")).put("minimum", 0);
            ((ObjectNode) t.get("properties").get("total")).put("minimum", 0);
        });
        refine(Distribution.class, t -> ((ObjectNode) t.get("properties").get("values")).put("minItems", 1));
        refine(ChangeScoreSummary.class, t -> ((ObjectNode) t.get("properties").get("scores")).put("minItems", 1));
    }

    /** The syntax of a JSON Pointer (RFC 6901): empty, or segments each after a slash, {@code ~} only as {@code ~0} or {@code ~1}. */
    static final String POINTER_PATTERN = "^(/([^~]|~[01])*)*$";
    /** The syntax of a code of a theme or a quality criterion: UPPER_SNAKE_CASE. */
    static final String CODE_PATTERN = "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$";
    /** The syntax of a message code: lowerCamel segments after the first separated by dots. */
    static final String MESSAGE_CODE_PATTERN = "^[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+$";
    /** The longest code of a theme, criterion, dimension or evaluator. */
    static final int MAX_CODE_LENGTH = 64;

    private void refine(Class<?> type, java.util.function.Consumer<ObjectNode> refinement) {
        of(type).refineSchema(refinement);
    }

    /** Adds a pattern and a maximum length (if positive) to a string property of a type's schema. */
    private static void string(ObjectNode typeSchema, String property, String pattern, int maxLength) {
        ObjectNode node = (ObjectNode) typeSchema.get("properties").get(property);
        node.put("pattern", pattern);
        if (maxLength > 0) {
            node.put("maxLength", maxLength);
        }
    }

    /** Rewrites the values read before the type's factory builds the value. */
    private void before(Class<?> type, java.util.function.UnaryOperator<Object[]> step) {
        TypeDescriptor d = of(type);
        Function<Object[], Object> factory = d.factory();
        descriptors.put(type, new TypeDescriptor(d.name(), type, d.props(), v -> factory.apply(step.apply(v))));
    }

    /** Checks the value the type's factory built. */
    private void after(Class<?> type, java.util.function.UnaryOperator<Object> step) {
        TypeDescriptor d = of(type);
        Function<Object[], Object> factory = d.factory();
        descriptors.put(type, new TypeDescriptor(d.name(), type, d.props(), v -> step.apply(factory.apply(v))));
    }

    /**
     * GH-14: every automatic criterion of a framework read from a document names a built-in
     * evaluator, judges the subject kind of the criterion and is given parameters it knows.
     */
    private static Object knownEvaluators(Object framework) {
        io.github.polku.quality.QualityFramework f = (io.github.polku.quality.QualityFramework) framework;
        List<Violation> problems = f.checkEvaluators(io.github.polku.quality.EvaluatorRegistry.builtIn());
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems);
        }
        return f;
    }

    /**
     * Gets the shared registry.
     *
     * @return the registry, not null
     */
    public static Descriptors get() {
        return INSTANCE;
    }

    /**
     * Gets the descriptor of a type.
     *
     * @param type  the type, not null
     * @return the descriptor, not null
     * @throws IllegalArgumentException if the type is not described
     */
    public TypeDescriptor of(Class<?> type) {
        TypeDescriptor d = descriptors.get(type);
        if (d == null) {
            throw new IllegalArgumentException("Not an exchanged type: " + type.getName());
        }
        return d;
    }

    /**
     * Gets every descriptor.
     *
     * @return the descriptors in registration order, not null
     */
    public Collection<TypeDescriptor> all() {
        return descriptors.values();
    }

    /**
     * Gets the code tables of every enum used by the format, by enum simple name.
     *
     * @return the code tables, sorted by name, not null
     */
    public Map<String, List<String>> codeTables() {
        Map<String, List<String>> tables = new java.util.TreeMap<>();
        for (TypeDescriptor d : descriptors.values()) {
            for (Prop p : d.props()) {
                collect(p.kind, tables);
            }
        }
        return tables;
    }

    /**
     * Gets the descriptors reachable from a type, the type first, each once, depth first.
     *
     * @param root  the root type, not null
     * @return the descriptors, not null
     */
    public List<TypeDescriptor> reachable(Class<?> root) {
        Map<String, TypeDescriptor> found = new LinkedHashMap<>();
        walk(of(root), found);
        return new ArrayList<>(found.values());
    }

    private static void walk(TypeDescriptor d, Map<String, TypeDescriptor> found) {
        if (found.putIfAbsent(d.name(), d) != null) {
            return;
        }
        for (Prop p : d.props()) {
            walkKind(p.kind, found);
        }
    }

    private static void walkKind(Kind kind, Map<String, TypeDescriptor> found) {
        if (kind instanceof Kinds.ObjectKind) {
            walk(((Kinds.ObjectKind) kind).descriptor(), found);
        } else if (kind instanceof Kinds.ListKind) {
            walkKind(((Kinds.ListKind) kind).element, found);
        } else if (kind instanceof Kinds.MapKind) {
            walkKind(((Kinds.MapKind) kind).value, found);
        }
    }

    private static void collect(Kind kind, Map<String, List<String>> tables) {
        if (kind instanceof Kinds.CodeKind) {
            EnumCodes<?> c = ((Kinds.CodeKind) kind).codes;
            tables.put(c.name(), c.codes());
        } else if (kind instanceof Kinds.ListKind) {
            collect(((Kinds.ListKind) kind).element, tables);
        } else if (kind instanceof Kinds.MapKind) {
            Kinds.MapKind map = (Kinds.MapKind) kind;
            if (map.keyCodes != null) {
                tables.put(map.keyCodes.name(), map.keyCodes.codes());
            }
            collect(map.value, tables);
        }
    }

    /**
     * Gets the names of the abstract attributes of an Immutables type that its descriptor does not
     * list, for the test that keeps the descriptors complete.
     *
     * @param type  the described type, not null
     * @return the missing attribute names, not null
     */
    public Set<String> unlistedAttributes(Class<?> type) {
        Set<String> missing = new TreeSet<>();
        TypeDescriptor d = of(type);
        Set<String> listed = new TreeSet<>();
        d.props().forEach(p -> listed.add(p.name));
        for (Method m : type.getMethods()) {
            if (Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0) {
                String attribute = attributeName(m.getName());
                if (attribute != null && !listed.contains(RENAMED.getOrDefault(type, Map.of()).getOrDefault(attribute, attribute))) {
                    missing.add(attribute);
                }
            }
        }
        return missing;
    }

    private static String attributeName(String method) {
        String rest;
        if (method.startsWith("get") && method.length() > 3) {
            rest = method.substring(3);
        } else if (method.startsWith("is") && method.length() > 2) {
            rest = method.substring(2);
        } else {
            return null;
        }
        return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    // ---------------------------------------------------------------- failures

    /**
     * Turns the failure of a factory or builder into violations at the current pointer.
     *
     * @param failure  the failure, not null
     * @param c  the context, not null
     * @return {@link ReadContext#INVALID}
     */
    static Object failed(Throwable failure, ReadContext c) {
        Throwable t = failure;
        if (t instanceof InvalidValueException) {
            c.relocate(((InvalidValueException) t).getViolations());
            return ReadContext.INVALID;
        }
        if (t instanceof IncompleteValueException) {
            return c.error(JsonCodes.REQUIRED);
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        return c.error(JsonCodes.INVALID);
    }

    // ---------------------------------------------------------------- building descriptors

    private static Prop prop(String name, Kind kind, Prop.Presence presence, Function<Object, Object> getter) {
        return new Prop(name, kind, presence, getter);
    }

    private void custom(Class<?> type, Function<Object[], Object> factory, Prop... props) {
        descriptors.put(type, new TypeDescriptor(type.getSimpleName(), type, List.of(props), factory));
    }

    private static io.github.polku.quality.Assessment assessment(io.github.polku.quality.AssessmentKind kind, String evaluatorId) {
        io.github.polku.quality.Assessment byPerson = io.github.polku.quality.Assessment.byPerson();
        if (byPerson.getKind() != kind) {
            if (evaluatorId == null) {
                // An automatic assessment without its evaluator.
                throw InvalidValueException.of(Violation.error(JsonCodes.REQUIRED, "/evaluatorId", Map.of()));
            }
            return io.github.polku.quality.Assessment.automatic(evaluatorId);
        }
        if (evaluatorId != null) {
            // GH-14: an assessment by a person names no evaluator; it was read as automatic before
            throw InvalidValueException.of(Violation.error(JsonCodes.INVALID, "/evaluatorId", Map.of()));
        }
        return byPerson;
    }

    @SuppressWarnings("unchecked")
    private static List<AnonymousContact> contacts(Object value) {
        return value == null ? List.of() : List.copyOf((Collection<AnonymousContact>) value);
    }

    /**
     * GH-14: a theme with its labels declares a theme; a theme with its code alone refers to a
     * built-in theme or to one the process declares in {@code themes} (resolved by
     * {@link #resolveThemes(Object[])}); a theme with some labels but not all misses the others.
     */
    private static Object theme(Object[] v) {
        if (v[1] == null && v[2] == null && v[3] == null) {
            Optional<Theme> builtIn = Theme.findBuiltIn((String) v[0]);
            return builtIn.isPresent() ? builtIn.get() : Theme.of((String) v[0], THEME_REFERENCE, THEME_REFERENCE, THEME_REFERENCE);
        }
        List<Violation> missing = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            if (v[i] == null) {
                missing.add(Violation.error(JsonCodes.REQUIRED, "/" + LANGUAGES.get(i - 1), Map.of()));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidValueException(missing);
        }
        return Theme.of((String) v[0], (String) v[1], (String) v[2], (String) v[3]);
    }

    private static boolean isReference(Theme theme) {
        return theme.getLabel(FI) == THEME_REFERENCE;
    }

    /**
     * Resolves the theme references of a co-development process (the values read, in property
     * order: themes 3, sessions 5, ideas 7) to the themes it declares, or reports
     * {@value #THEME_UNDECLARED} at the reference's code.
     */
    @SuppressWarnings("unchecked")
    private static Object[] resolveThemes(Object[] v) {
        Map<String, Theme> declared = new LinkedHashMap<>();
        List<Theme> themes = v[3] == null ? List.of() : new ArrayList<>((Collection<Theme>) v[3]);
        themes.stream().filter(t -> !isReference(t)).forEach(t -> declared.putIfAbsent(t.getCode(), t));
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < themes.size(); i++) {
            if (isReference(themes.get(i))) {
                problems.add(Violation.error(THEME_UNDECLARED, "/themes/" + i + "/code", Map.of()));
            }
        }
        Object[] resolved = v.clone();
        if (v[5] != null) {
            List<Session> sessions = new ArrayList<>();
            int i = 0;
            for (Session s : (Collection<Session>) v[5]) {
                Optional<Theme> theme = resolve(s.getTheme(), declared, "/sessions/" + i++ + "/theme/code", problems);
                sessions.add(theme == s.getTheme() ? s : (Session) rebuild(Session.class, s, "theme", theme.get()));
            }
            resolved[5] = sessions;
        }
        if (v[7] != null) {
            List<Idea> ideas = new ArrayList<>();
            int i = 0;
            for (Idea idea : (Collection<Idea>) v[7]) {
                Optional<Theme> theme = resolve(idea.getTheme(), declared, "/ideas/" + i++ + "/theme/code", problems);
                ideas.add(theme == idea.getTheme() ? idea : (Idea) rebuild(Idea.class, idea, "theme", theme.get()));
            }
            resolved[7] = ideas;
        }
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems);
        }
        return resolved;
    }

    /** Builds a copy of a described value with one property changed. */
    private static Object rebuild(Class<?> type, Object value, String property, Object replacement) {
        TypeDescriptor d = INSTANCE.of(type);
        Object[] values = new Object[d.props().size()];
        for (int i = 0; i < values.length; i++) {
            Prop p = d.props().get(i);
            Object v = p.name.equals(property) ? replacement : p.getter.apply(value);
            values[i] = v instanceof Optional ? ((Optional<?>) v).orElse(null) : v;
        }
        return d.factory().apply(values);
    }

    /** The declared theme a reference names, or {@code theme} itself (the same instance) if it is no reference. */
    private static Optional<Theme> resolve(Optional<Theme> theme, Map<String, Theme> declared, String pointer, List<Violation> problems) {
        if (theme.isEmpty() || !isReference(theme.get())) {
            return theme;
        }
        Theme found = declared.get(theme.get().getCode());
        if (found == null) {
            problems.add(Violation.error(THEME_UNDECLARED, pointer, Map.of()));
            return theme;
        }
        return Optional.of(found);
    }

    // ---------------------------------------------------------------- cohort summaries and reports

    /** One change score of a {@link ChangeScoreSummary} on the wire: the path and its two values. */
    static final class ChangeScoreEntry {
        final PathId path;
        final LocalDate earlierDate;
        final BigDecimal earlierValue;
        final LocalDate laterDate;
        final BigDecimal laterValue;

        ChangeScoreEntry(PathId path, LocalDate earlierDate, BigDecimal earlierValue, LocalDate laterDate, BigDecimal laterValue) {
            this.path = path;
            this.earlierDate = earlierDate;
            this.earlierValue = earlierValue;
            this.laterDate = laterDate;
            this.laterValue = laterValue;
        }

        static List<ChangeScoreEntry> entries(ChangeScoreSummary summary) {
            List<ChangeScoreEntry> entries = new ArrayList<>(summary.getCount());
            for (int i = 0; i < summary.getCount(); i++) {
                ChangeScore score = summary.getScores().get(i);
                entries.add(new ChangeScoreEntry(summary.getPaths().get(i), score.getEarlierDate(), score.getEarlierValue(),
                        score.getLaterDate(), score.getLaterValue()));
            }
            return entries;
        }

        static ChangeScoreSummary summary(Object[] v) {
            InstrumentId instrument = (InstrumentId) v[0];
            String dimension = (String) v[1];
            Respondent respondent = (Respondent) v[2];
            Direction direction = (Direction) v[3];
            List<PathId> paths = new ArrayList<>();
            List<ChangeScore> scores = new ArrayList<>();
            List<Violation> problems = new ArrayList<>();
            int i = 0;
            for (Object o : (Collection<?>) v[4]) {
                ChangeScoreEntry e = (ChangeScoreEntry) o;
                try {
                    scores.add(ChangeScore.of(instrument, dimension, respondent, direction, e.earlierDate, e.earlierValue,
                            e.laterDate, e.laterValue));
                    paths.add(e.path);
                } catch (IllegalArgumentException ex) {
                    // GH-14: a later measurement not after the earlier one, or a blank dimension
                    problems.add(Violation.error(COHORT_INCONSISTENT, "/scores/" + i, Map.of()));
                }
                i++;
            }
            if (scores.isEmpty() && problems.isEmpty()) {
                problems.add(Violation.error(JsonCodes.INVALID, "/scores", Map.of()));
            }
            if (!problems.isEmpty()) {
                throw new InvalidValueException(problems);
            }
            return ChangeScoreSummary.of(paths, scores);
        }
    }

    /** GH-14: a share whose count is negative or above its total contradicts the cohort summary. */
    private static Share share(Object[] v) {
        try {
            return Share.of((Integer) v[0], (Integer) v[1]);
        } catch (IllegalArgumentException e) {
            throw InvalidValueException.of(Violation.error(COHORT_INCONSISTENT, "", Map.of()));
        }
    }

    @SuppressWarnings("unchecked")
    private static CohortSummary cohortSummary(Object[] v) {
        CohortSummary.Builder b = CohortSummary.builder().classification((OutcomeClassification) v[0]);
        if (v[1] != null) {
            ((Map<Stage, Collection<PathId>>) v[1]).forEach(b::pathsInStage);
        }
        if (v[2] != null) {
            ((Map<Stage, Collection<PathId>>) v[2]).forEach(b::pathsReaching);
        }
        if (v[3] != null) {
            ((Map<Destination, Collection<PathId>>) v[3]).forEach(b::closedPaths);
        }
        if (v[4] != null) {
            b.positivePaths((Collection<PathId>) v[4]);
        }
        b.contactToPlanDays((Distribution) v[5]).planToClosureDays((Distribution) v[6]);
        if (v[7] != null) {
            ((Collection<ChangeScoreSummary>) v[7]).forEach(b::addChangeScores);
        }
        b.remoteServices((Share) v[8]).atLeastPartlyRemoteServices((Share) v[9]).remoteSessions((Share) v[10])
                .attendance((Share) v[11]).anonymousContactCount((Integer) v[12]);
        if (v[13] != null) {
            ((Map<AnonymousChannel, Integer>) v[13]).forEach(b::anonymousPeople);
        }
        return CohortSummaryPointers.build(b);
    }

    @SuppressWarnings("unchecked")
    private static Violation violation(Object[] v) {
        // The message (v[4]) is derived from the code and arguments; a receiver renders its own.
        Map<String, String> arguments = v[3] == null ? Map.of() : (Map<String, String>) v[3];
        // GH-21: a received report is checked like any other document: its pointer and arguments
        // hold no identity code, and only argument names that Polku's messages know
        List<Violation> problems = new ArrayList<>();
        if (Identifiers.holdsIdentityCode((String) v[2])) {
            problems.add(Violation.error(Identifiers.IDENTITY_CODE, "/pointer", Map.of("kind", "pointer")));
        }
        arguments.forEach((name, value) -> {
            if (!Messages.argumentNames().contains(name)) {
                // the name is input: repeated in the pointer only if plausible, as any property name
                String at = ReadContext.isPlausibleName(name) ? "/arguments/" + pointerSegment(name) : "/arguments";
                problems.add(Violation.error(JsonCodes.UNKNOWN_PROPERTY, at, Map.of()));
            } else if (Identifiers.holdsIdentityCode(value)) {
                problems.add(Violation.error(Identifiers.IDENTITY_CODE, "/arguments/" + name, Map.of("kind", "arguments")));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems);
        }
        return Violation.builder().code((String) v[0]).severity((Severity) v[1]).path((String) v[2])
                .putAllArguments(arguments).build();
    }

    /** A map key as a JSON Pointer segment; the read context cuts it if it is not plausible. */
    private static String pointerSegment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static Map<String, String> message(Violation v) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("fi", v.getMessage(FI));
        texts.put("sv", v.getMessage(SV));
        texts.put("en", v.getMessage(Locale.ENGLISH));
        return texts;
    }

    @SuppressWarnings("unchecked")
    private static ValidationReport report(Object[] v) {
        ValidationReport report = ValidationReport.of(v[2] == null ? List.of() : List.copyOf((Collection<Violation>) v[2]));
        List<Violation> problems = new ArrayList<>();
        if (v[0] != null && (Boolean) v[0] != report.isValid()) {
            problems.add(Violation.error(JsonCodes.CONTRADICTION, "/valid", Map.of("expected", Boolean.toString(report.isValid()))));
        }
        if (v[1] != null) {
            Map<Severity, Integer> counts = (Map<Severity, Integer>) v[1];
            report.countBySeverity().forEach((severity, count) -> {
                if (!count.equals(counts.getOrDefault(severity, 0))) {
                    problems.add(Violation.error(JsonCodes.CONTRADICTION, "/counts/" + severity.name(),
                            Map.of("expected", Integer.toString(count))));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems);
        }
        return report;
    }

    private static <E extends Enum<E>> Map<E, List<PathId>> paths(Class<E> type, Function<E, List<PathId>> lists) {
        Map<E, List<PathId>> map = new EnumMap<>(type);
        for (E key : type.getEnumConstants()) {
            List<PathId> ids = lists.apply(key);
            if (!ids.isEmpty()) {
                map.put(key, ids);
            }
        }
        return map;
    }

    private static <E extends Enum<E>> Map<E, Integer> nonZero(Map<E, Integer> counts) {
        Map<E, Integer> map = new LinkedHashMap<>();
        counts.forEach((k, n) -> {
            if (n != 0) {
                map.put(k, n);
            }
        });
        return map;
    }

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>> Set<E> codeSet(Object value, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        if (value != null) {
            set.addAll((Collection<E>) value);
        }
        return set;
    }

    @SuppressWarnings("unchecked")
    private static List<Double> numbers(Object value) {
        return (List<Double>) value;
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double d : values) {
            list.add(d);
        }
        return list;
    }

    private static Optional<Object> label(Theme theme, String language) {
        if (Theme.findBuiltIn(theme.getCode()).filter(theme::equals).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(theme.getLabel(Locale.forLanguageTag(language)));
    }

    private void immutable(Class<?> type, String names) {
        try {
            Method builderFactory = type.getMethod("builder");
            Class<?> builderType = builderFactory.getReturnType();
            Method build = builderType.getMethod("build");
            List<Prop> props = new ArrayList<>();
            List<BiConsumer<Object, Object>> setters = new ArrayList<>();
            for (String spec : names.split(" ")) {
                boolean defaulted = spec.endsWith("?");
                String name = defaulted ? spec.substring(0, spec.length() - 1) : spec;
                String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
                Method getter;
                try {
                    getter = type.getMethod("get" + cap);
                } catch (NoSuchMethodException e) {
                    getter = type.getMethod("is" + cap);
                }
                Type generic = getter.getGenericReturnType();
                Class<?> raw = getter.getReturnType();
                Kind kind;
                Prop.Presence presence;
                Method setter;
                if (raw == Optional.class) {
                    Type element = argument(generic, 0);
                    kind = kindOf(element);
                    presence = Prop.Presence.OPTIONAL;
                    setter = singleSetter(builderType, name);
                } else if (raw == List.class || raw == Set.class) {
                    kind = new Kinds.ListKind(kindOf(argument(generic, 0)), raw == Set.class);
                    presence = Prop.Presence.COLLECTION;
                    setter = builderType.getMethod("addAll" + cap, Iterable.class);
                } else if (raw == Map.class) {
                    Type key = argument(generic, 0);
                    kind = new Kinds.MapKind(key == Integer.class, kindOf(argument(generic, 1)));
                    presence = Prop.Presence.COLLECTION;
                    setter = builderType.getMethod("putAll" + cap, Map.class);
                } else {
                    kind = kindOf(generic);
                    presence = defaulted ? Prop.Presence.DEFAULTED : Prop.Presence.REQUIRED;
                    setter = singleSetter(builderType, name);
                }
                props.add(prop(name, kind, presence, Accessors.getter(getter)));
                setters.add(Accessors.setter(setter));
            }
            @SuppressWarnings("unchecked")
            BiConsumer<Object, Object>[] setterArray = setters.toArray(new BiConsumer[0]);
            Supplier<Object> newBuilder = Accessors.factory(builderFactory);
            Function<Object, Object> finish = Accessors.getter(build);
            Function<Object[], Object> factory = values -> {
                Object builder = newBuilder.get();
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null) {
                        setterArray[i].accept(builder, values[i]);
                    }
                }
                return finish.apply(builder);
            };
            descriptors.put(type, new TypeDescriptor(type.getSimpleName(), type, props, factory));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("Cannot describe " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    private static Method singleSetter(Class<?> builderType, String name) throws NoSuchMethodException {
        for (Method m : builderType.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 1 && m.getParameterTypes()[0] != Optional.class
                    && !m.isBridge()) {
                return m;
            }
        }
        for (Method m : builderType.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 1 && m.getParameterTypes()[0] != Optional.class) {
                return m;
            }
        }
        throw new NoSuchMethodException(builderType.getName() + "." + name);
    }

    private static Type argument(Type generic, int i) {
        Type t = ((ParameterizedType) generic).getActualTypeArguments()[i];
        return t;
    }

    private Kind kindOf(Type type) {
        Class<?> raw = type instanceof ParameterizedType ? (Class<?>) ((ParameterizedType) type).getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return Kinds.STRING;
        }
        if (raw == LocalDate.class) {
            return Kinds.DATE_KIND;
        }
        if (raw == YearMonth.class) {
            return Kinds.YEAR_MONTH;
        }
        if (raw == int.class || raw == Integer.class) {
            return Kinds.INTEGER;
        }
        if (raw == BigDecimal.class) {
            return Kinds.DECIMAL;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return Kinds.BOOLEAN;
        }
        if (raw == PersonalIdentityCode.class) {
            return Kinds.IDENTITY_CODE;
        }
        if (raw.isEnum()) {
            return code(raw);
        }
        if (Identifier.class.isAssignableFrom(raw)) {
            return idKinds.computeIfAbsent(raw, Kinds.IdKind::new);
        }
        return new Kinds.ObjectKind(this, raw);
    }

    private Kind code(Class<?> enumType) {
        return new Kinds.CodeKind(codes(enumType));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private EnumCodes<?> codes(Class<?> enumType) {
        return codes.computeIfAbsent(enumType,
                t -> new EnumCodes((Class) t, CODE_OVERRIDES.getOrDefault(t.getSimpleName(), Map.of())));
    }
}

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
import io.github.polku.contact.AnonymousContact;
import io.github.polku.identifier.Identifier;
import io.github.polku.measurement.Dimension;
import io.github.polku.measurement.Instrument;
import io.github.polku.measurement.Measurement;
import io.github.polku.measurement.Scale;
import io.github.polku.path.ClientPlan;
import io.github.polku.path.Closure;
import io.github.polku.path.FirstContact;
import io.github.polku.path.Goal;
import io.github.polku.path.GoalStatusChange;
import io.github.polku.path.Pause;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.ServiceNeedAssessment;
import io.github.polku.path.StageChange;
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
import io.github.polku.validation.InvalidValueException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
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
import java.util.function.Supplier;

/**
 * The descriptors of every exchanged type. Each Immutables value type is listed with its JSON
 * property names in wire order; the kind of each property, its getter and its builder method
 * are derived from the type, so the list cannot disagree with the model (a test checks that the
 * list names every attribute). Types that are not Immutables values have hand-written
 * descriptors. Built once; immutable afterwards.
 */
public final class Descriptors {

    /** Wire codes that differ from the Java constant name (none yet), per enum simple name. */
    private static final Map<String, Map<String, String>> CODE_OVERRIDES = Map.of();

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
        custom(io.github.polku.quality.Assessment.class, v -> v[1] == null ? assessment((io.github.polku.quality.AssessmentKind) v[0])
                : io.github.polku.quality.Assessment.automatic((String) v[1]),
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
        custom(Theme.class, Descriptors::theme,
                prop("code", Kinds.STRING, Prop.Presence.REQUIRED, o -> ((Theme) o).getCode()),
                prop("fi", Kinds.STRING, Prop.Presence.OPTIONAL, o -> label((Theme) o, "fi")),
                prop("sv", Kinds.STRING, Prop.Presence.OPTIONAL, o -> label((Theme) o, "sv")),
                prop("en", Kinds.STRING, Prop.Presence.OPTIONAL, o -> label((Theme) o, "en")));
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
                if (attribute != null && !listed.contains(attribute)) {
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

    private static io.github.polku.quality.Assessment assessment(io.github.polku.quality.AssessmentKind kind) {
        io.github.polku.quality.Assessment byPerson = io.github.polku.quality.Assessment.byPerson();
        if (byPerson.getKind() != kind) {
            // An automatic assessment without its evaluator.
            throw InvalidValueException.of(io.github.polku.validation.Violation.error(JsonCodes.REQUIRED, "/evaluatorId", Map.of()));
        }
        return byPerson;
    }

    @SuppressWarnings("unchecked")
    private static List<AnonymousContact> contacts(Object value) {
        return value == null ? List.of() : List.copyOf((Collection<AnonymousContact>) value);
    }

    private static Object theme(Object[] v) {
        if (v[1] == null && v[2] == null && v[3] == null) {
            return Theme.findBuiltIn((String) v[0]).orElseThrow(() -> InvalidValueException.of(
                    io.github.polku.validation.Violation.error(JsonCodes.UNKNOWN_CODE, "/code", Map.of("codeSet", "Theme"))));
        }
        return Theme.of((String) v[0], (String) v[1], (String) v[2], (String) v[3]);
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Kind code(Class<?> enumType) {
        EnumCodes<?> table = codes.computeIfAbsent(enumType,
                t -> new EnumCodes((Class) t, CODE_OVERRIDES.getOrDefault(t.getSimpleName(), Map.of())));
        return new Kinds.CodeKind(table);
    }
}

package io.github.polku.serialization.jackson.internal;

import io.github.polku.client.Client;
import io.github.polku.client.ClientIdentity;
import io.github.polku.client.NamedWorker;
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
import io.github.polku.quality.Citation;
import io.github.polku.quality.CriterionResult;
import io.github.polku.quality.Evidence;
import io.github.polku.quality.QualityCriterion;
import io.github.polku.quality.QualityEvaluation;
import io.github.polku.quality.QualityFramework;
import io.github.polku.service.Attendance;
import io.github.polku.service.Funding;
import io.github.polku.service.ProjectFunding;
import io.github.polku.service.Provider;
import io.github.polku.service.RehabilitativeWorkActivity;
import io.github.polku.service.Service;
import io.github.polku.service.Voucher;
import io.github.polku.validation.Violation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The descriptors of the Immutables value types. Each type is listed with its JSON property
 * names in wire order; the kind of each property, its getter and its builder method are derived
 * from the type, so the list cannot disagree with the model (a test checks that the list names
 * every attribute).
 */
final class ReflectedDescriptors {

    /** Attributes whose wire name differs from the Java attribute name, per type: attribute to wire name. */
    private static final Map<Class<?>, Map<String, String>> RENAMED = Map.of(Violation.class, Map.of("path", "pointer"));

    private final Descriptors registry;

    ReflectedDescriptors(Descriptors registry) {
        this.registry = registry;
    }

    /** Registers every Immutables value type of the format; a {@code ?} marks a property the model defaults. */
    void registerModel() {
        // Paths and what they hold
        describe(RehabilitationPath.class, "id clientId organiser clientBirthMonth firstContact assessment assessmentOmission"
                + " plan planOmission stageChanges pauses services instruments measurements closure");
        describe(FirstContact.class, "date channel urgent?");
        describe(ServiceNeedAssessment.class, "pendingOn startedOn completedOn deadlineGroup? clientView workerView rehabilitationNeed?");
        describe(ClientPlan.class, "createdOn evaluationDates clientView workerView agreement? clientJustification"
                + " workerJustification participants goals");
        describe(Goal.class, "id words lifeArea setOn targetDate youthPlacement statusHistory");
        describe(GoalStatusChange.class, "date status");
        describe(StageChange.class, "date stage");
        describe(Pause.class, "period reason continuesRemotely?");
        describe(Closure.class, "date reason destination");
        describe(Service.class, "id kind components methods form deliveryMode provider funding period schedule attendances workActivity");
        describe(Provider.class, "type name approvedProviderId");
        describe(Funding.class, "type voucher project");
        describe(Voucher.class, "value incomeRelated? decisionReference assessmentReference refused? alternativeArrangement"
                + " selfPayment freeByLaw?");
        describe(ProjectFunding.class, "funderCode projectCode");
        describe(Attendance.class, "date status hours deliveryMode");
        describe(RehabilitativeWorkActivity.class, "basis planReference planDate daysPerWeek hoursPerDay periods allowanceTypes"
                + " planGoal planSupport reviewDates obligationExemptions");
        describe(Instrument.class, "id names version source licenceNote dimensions");
        describe(Dimension.class, "code names scale");
        describe(Scale.class, "min max step? direction specialValues");
        describe(Measurement.class, "instrumentId date respondent occasion scores");
        // Clients
        describe(Client.class, "clientId language organiser supportNeeds specialSupport? namedWorker namedWorkerOmission");
        describe(NamedWorker.class, "workerId profession assignment supervisor");
        describe(ClientIdentity.class, "clientId identityCode name");
        // Anonymous contacts
        describe(AnonymousContact.class, "date place channel activities peopleCount organiser");
        // Co-development
        describe(CoDevelopmentProcess.class, "id title organiser themes phases sessions participants ideas changes clientCouncil");
        describe(PhasePeriod.class, "phase period");
        describe(Session.class, "id date format theme attendees");
        describe(Participant.class, "id kind roles");
        describe(RoleAssignment.class, "role training compensation? responsibilities commitment decisionRights assessment");
        describe(Training.class, "completed provider date");
        describe(Commitment.class, "level note");
        describe(ParticipationAssessment.class, "rung reason assessedOn");
        describe(Idea.class, "id title raisedIn proposers theme statusChanges");
        describe(StatusChange.class, "status date reason");
        describe(ImplementedChange.class, "title idea implementedOn");
        describe(ClientCouncil.class, "members membershipCap meetingsPerYear statements");
        describe(CouncilStatement.class, "subject givenOn answeredOn");
        // Quality
        describe(QualityFramework.class, "id version name sources criteria");
        describe(QualityCriterion.class, "code name description sources subjectKind assessment parameters");
        describe(Citation.class, "text url confidence");
        describe(QualityEvaluation.class, "frameworkId frameworkVersion subject evaluatedOn results");
        describe(CriterionResult.class, "criterionCode outcome evidence explanationCode explanationArguments");
        describe(Evidence.class, "subject pointer values");
    }

    /** Gets the abstract attributes of a type that its descriptor does not list. */
    Set<String> unlistedAttributes(TypeDescriptor d) {
        Set<String> missing = new TreeSet<>();
        Set<String> listed = new TreeSet<>();
        d.props().forEach(p -> listed.add(p.name));
        Map<String, String> renamed = RENAMED.getOrDefault(d.type(), Map.of());
        for (Method m : d.type().getMethods()) {
            if (Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0) {
                String attribute = attributeName(m.getName());
                if (attribute != null && !listed.contains(renamed.getOrDefault(attribute, attribute))) {
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

    /** Describes an Immutables type by its getters and its builder's setters, one per listed name. */
    private void describe(Class<?> type, String names) {
        try {
            Method builderFactory = type.getMethod("builder");
            Class<?> builderType = builderFactory.getReturnType();
            Method build = builderType.getMethod("build");
            List<Prop<?>> props = new ArrayList<>();
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
                    kind = kindOf(argument(generic, 0));
                    presence = Prop.Presence.OPTIONAL;
                    setter = singleSetter(builderType, name);
                } else if (raw == List.class || raw == Set.class) {
                    kind = new ListKind(kindOf(argument(generic, 0)), raw == Set.class);
                    presence = Prop.Presence.COLLECTION;
                    setter = builderType.getMethod("addAll" + cap, Iterable.class);
                } else if (raw == Map.class) {
                    kind = new MapKind(argument(generic, 0) == Integer.class, kindOf(argument(generic, 1)));
                    presence = Prop.Presence.COLLECTION;
                    setter = builderType.getMethod("putAll" + cap, Map.class);
                } else {
                    kind = kindOf(generic);
                    presence = defaulted ? Prop.Presence.DEFAULTED : Prop.Presence.REQUIRED;
                    setter = singleSetter(builderType, name);
                }
                props.add(new Prop<>(name, kind, presence, Accessors.getter(getter)));
                setters.add(Accessors.setter(setter));
            }
            registry.register(new TypeDescriptor(type.getSimpleName(), type, props,
                    builder(Accessors.factory(builderFactory), setters, Accessors.getter(build))));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("Cannot describe " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    /** A factory that sets each value read on a new builder, in property order, and builds. */
    private static Function<Values, Object> builder(Supplier<Object> newBuilder, List<BiConsumer<Object, Object>> setters,
            Function<Object, Object> build) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        BiConsumer<Object, Object>[] setterArray = setters.toArray(new BiConsumer[0]);
        return values -> {
            Object builder = newBuilder.get();
            for (int i = 0; i < values.size(); i++) {
                Object value = values.at(i);
                if (value != null) {
                    setterArray[i].accept(builder, value);
                }
            }
            return build.apply(builder);
        };
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
        return ((ParameterizedType) generic).getActualTypeArguments()[i];
    }

    /** The kind of a Java type of the model: a scalar, a code, an identifier or a described object. */
    Kind kindOf(Type type) {
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
            return registry.code(raw);
        }
        if (Identifier.class.isAssignableFrom(raw)) {
            return registry.identifier(raw);
        }
        return registry.object(raw);
    }
}

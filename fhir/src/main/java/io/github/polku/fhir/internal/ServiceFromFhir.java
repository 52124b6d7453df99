package io.github.polku.fhir.internal;

import static io.github.polku.fhir.internal.Ext.url;
import static io.github.polku.fhir.internal.FromFhir.at;

import io.github.polku.calendar.DateRange;
import io.github.polku.fhir.FhirUrls;
import io.github.polku.measurement.Dimension;
import io.github.polku.measurement.Direction;
import io.github.polku.measurement.Instrument;
import io.github.polku.measurement.InstrumentId;
import io.github.polku.measurement.Measurement;
import io.github.polku.measurement.Occasion;
import io.github.polku.measurement.Respondent;
import io.github.polku.measurement.Scale;
import io.github.polku.service.ActivityBasis;
import io.github.polku.service.AllowanceType;
import io.github.polku.service.Attendance;
import io.github.polku.service.AttendanceStatus;
import io.github.polku.service.DeliveryMode;
import io.github.polku.service.Funding;
import io.github.polku.service.FundingType;
import io.github.polku.service.ObligationExemption;
import io.github.polku.service.ProjectFunding;
import io.github.polku.service.Provider;
import io.github.polku.service.ProviderType;
import io.github.polku.service.RehabilitativeWorkActivity;
import io.github.polku.service.Schedule;
import io.github.polku.service.Service;
import io.github.polku.service.ServiceForm;
import io.github.polku.service.ServiceId;
import io.github.polku.service.ServiceKind;
import io.github.polku.service.ServiceMethod;
import io.github.polku.service.SocialRehabilitationComponent;
import io.github.polku.service.Voucher;
import io.github.polku.service.VoucherValue;
import io.github.polku.service.VoucherValueUnit;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Timing;

/** Services (ServiceRequest and Encounter), instruments (Questionnaire) and measurements (QuestionnaireResponse). */
final class ServiceFromFhir {

    private final FromFhir f;
    private final Reading r;

    ServiceFromFhir(FromFhir from) {
        this.f = from;
        this.r = from.r;
    }

    List<Service> services() {
        List<Service> services = new ArrayList<>();
        for (int entry : f.entries("ServiceRequest")) {
            service(entry, (ServiceRequest) f.resource(entry)).ifPresent(services::add);
        }
        return services;
    }

    private Optional<Service> service(int entry, ServiceRequest request) {
        String at = at(entry);
        int before = r.errorCount();
        Service.Builder builder = Service.builder();
        f.identifier(request.getIdentifier(), FhirUrls.SERVICE_ID, false, at)
                .map(value -> r.build(() -> ServiceId.of(value), at + "/identifier"))
                .ifPresent(builder::id);
        r.coding(request.getCode().getCoding(), FhirUrls.CODE_SYSTEM + "service-kind", ServiceKind.class, at + "/code").ifPresent(builder::kind);
        List<Extension> ext = request.getExtension();
        builder.addAllComponents(r.codes(ext, url("service-component"), SocialRehabilitationComponent.class, at));
        builder.addAllMethods(r.codes(ext, url("service-method"), ServiceMethod.class, at));
        r.requiredCode(ext, url("service-form"), ServiceForm.class, at).ifPresent(builder::form);
        r.requiredCode(ext, url("delivery-mode"), DeliveryMode.class, at).ifPresent(builder::deliveryMode);
        complex(ext, "provider", at).flatMap(i -> provider(ext.get(i), at + "/extension/" + i)).ifPresent(builder::provider);
        complex(ext, "funding", at).flatMap(i -> funding(ext.get(i), at + "/extension/" + i)).ifPresent(builder::funding);
        int work = Reading.index(ext, url("work-activity"), 0);
        if (work >= 0) {
            workActivity(ext.get(work), at + "/extension/" + work).ifPresent(builder::workActivity);
        }
        if (!request.hasOccurrenceTiming()) {
            r.required(at + "/occurrenceTiming");
        } else {
            Timing.TimingRepeatComponent repeat = request.getOccurrenceTiming().getRepeat();
            String pointer = at + "/occurrenceTiming/repeat";
            if (!repeat.hasBoundsPeriod()) {
                r.required(pointer + "/boundsPeriod");
            } else {
                DateRange period = f.range(repeat.getBoundsPeriod(), pointer + "/boundsPeriod");
                if (period != null) {
                    builder.period(period);
                }
            }
            if (repeat.hasFrequency()) {
                if (!repeat.hasDuration()) {
                    r.required(pointer + "/duration");
                } else {
                    int sessions = repeat.getFrequency();
                    BigDecimal hours = repeat.getDuration();
                    Schedule schedule = r.build(() -> Schedule.of(sessions, hours), pointer);
                    if (schedule != null) {
                        builder.schedule(schedule);
                    }
                }
            }
        }
        builder.addAllAttendances(attendances(entry));
        if (r.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.ofNullable(r.build(builder::build, at));
    }

    /** The index of a required complex extension, reported if absent. */
    private Optional<Integer> complex(List<Extension> ext, String name, String at) {
        int i = Reading.index(ext, url(name), 0);
        if (i < 0) {
            r.required(at + "/extension");
            return Optional.empty();
        }
        return Optional.of(i);
    }

    private List<Attendance> attendances(int serviceEntry) {
        String url = f.fullUrl(serviceEntry);
        List<Attendance> attendances = new ArrayList<>();
        for (int entry : f.entries("Encounter")) {
            Encounter encounter = (Encounter) f.resource(entry);
            boolean mine = false;
            for (Reference basedOn : encounter.getBasedOn()) {
                mine |= url != null && url.equals(basedOn.getReference());
            }
            if (!mine) {
                continue;
            }
            String at = at(entry);
            int before = r.errorCount();
            Attendance.Builder builder = Attendance.builder();
            r.requiredDate(encounter.getPeriod().getStartElement(), at + "/period/start").ifPresent(builder::date);
            r.requiredCode(encounter.getExtension(), url("attendance-status"), AttendanceStatus.class, at).ifPresent(builder::status);
            r.code(encounter.getExtension(), url("delivery-mode"), DeliveryMode.class, at).ifPresent(builder::deliveryMode);
            if (encounter.hasLength()) {
                if (!encounter.getLength().hasValue()) {
                    r.required(at + "/length/value");
                } else {
                    builder.hours(encounter.getLength().getValue());
                }
            }
            if (r.errorCount() == before) {
                Attendance attendance = r.build(builder::build, at);
                if (attendance != null) {
                    attendances.add(attendance);
                }
            }
        }
        return attendances;
    }

    private Optional<Provider> provider(Extension ext, String at) {
        List<Extension> parts = ext.getExtension();
        Provider.Builder builder = Provider.builder();
        Optional<ProviderType> type = r.requiredCode(parts, "type", ProviderType.class, at);
        type.ifPresent(builder::type);
        r.string(parts, "name", at).ifPresent(builder::name);
        r.string(parts, "approvedProviderId", at).ifPresent(builder::approvedProviderId);
        return type.isEmpty() ? Optional.empty() : Optional.ofNullable(r.build(builder::build, at));
    }

    private Optional<Funding> funding(Extension ext, String at) {
        List<Extension> parts = ext.getExtension();
        int before = r.errorCount();
        Funding.Builder builder = Funding.builder();
        r.requiredCode(parts, "type", FundingType.class, at).ifPresent(builder::type);
        int v = Reading.index(parts, "voucher", 0);
        if (v >= 0) {
            voucher(parts.get(v), at + "/extension/" + v).ifPresent(builder::voucher);
        }
        int p = Reading.index(parts, "project", 0);
        if (p >= 0) {
            String pointer = at + "/extension/" + p;
            List<Extension> project = parts.get(p).getExtension();
            ProjectFunding.Builder pb = ProjectFunding.builder();
            Optional<String> funder = r.string(project, "funderCode", pointer);
            if (funder.isEmpty()) {
                r.required(pointer + "/extension");
            } else {
                pb.funderCode(funder.get());
                r.string(project, "projectCode", pointer).ifPresent(pb::projectCode);
                ProjectFunding built = r.build(pb::build, pointer);
                if (built != null) {
                    builder.project(built);
                }
            }
        }
        return r.errorCount() > before ? Optional.empty() : Optional.ofNullable(r.build(builder::build, at));
    }

    private Optional<Voucher> voucher(Extension ext, String at) {
        List<Extension> parts = ext.getExtension();
        int before = r.errorCount();
        Voucher.Builder builder = Voucher.builder();
        Optional<BigDecimal> euros = r.decimal(parts, "euros", at);
        Optional<VoucherValueUnit> unit = r.code(parts, "unit", VoucherValueUnit.class, at);
        if (euros.isPresent() != unit.isPresent()) {
            r.required(at + "/extension");
        } else if (euros.isPresent()) {
            VoucherValue value = r.build(() -> VoucherValue.of(euros.get(), unit.get()), at);
            if (value != null) {
                builder.value(value);
            }
        }
        r.bool(parts, "incomeRelated", at).ifPresent(builder::incomeRelated);
        r.string(parts, "decisionReference", at).ifPresent(builder::decisionReference);
        r.string(parts, "assessmentReference", at).ifPresent(builder::assessmentReference);
        r.bool(parts, "refused", at).ifPresent(builder::refused);
        r.string(parts, "alternativeArrangement", at).ifPresent(builder::alternativeArrangement);
        r.decimal(parts, "selfPayment", at).ifPresent(builder::selfPayment);
        r.bool(parts, "freeByLaw", at).ifPresent(builder::freeByLaw);
        return r.errorCount() > before ? Optional.empty() : Optional.ofNullable(r.build(builder::build, at));
    }

    private Optional<RehabilitativeWorkActivity> workActivity(Extension ext, String at) {
        List<Extension> parts = ext.getExtension();
        int before = r.errorCount();
        RehabilitativeWorkActivity.Builder builder = RehabilitativeWorkActivity.builder();
        r.code(parts, "basis", ActivityBasis.class, at).ifPresent(builder::basis);
        r.string(parts, "planReference", at).ifPresent(builder::planReference);
        r.date(parts, "planDate", at).ifPresent(builder::planDate);
        Optional<Integer> days = r.integer(parts, "daysPerWeek", at);
        Optional<BigDecimal> hours = r.decimal(parts, "hoursPerDay", at);
        if (days.isEmpty() || hours.isEmpty()) {
            r.required(at + "/extension");
        }
        days.ifPresent(builder::daysPerWeek);
        hours.ifPresent(builder::hoursPerDay);
        List<DateRange> periods = new ArrayList<>();
        for (int i : Reading.indices(parts, "period")) {
            String pointer = at + "/extension/" + i;
            r.valueAt(parts.get(i), Period.class, pointer).map(p -> f.range(p, pointer + "/valuePeriod")).ifPresent(periods::add);
        }
        builder.addAllPeriods(periods);
        builder.addAllAllowanceTypes(r.codes(parts, "allowanceType", AllowanceType.class, at));
        r.string(parts, "planGoal", at).ifPresent(builder::planGoal);
        r.string(parts, "planSupport", at).ifPresent(builder::planSupport);
        builder.addAllReviewDates(r.dates(parts, "reviewDate", at));
        builder.addAllObligationExemptions(r.codes(parts, "obligationExemption", ObligationExemption.class, at));
        return r.errorCount() > before ? Optional.empty() : Optional.ofNullable(r.build(builder::build, at));
    }

    // ---- instruments and measurements

    List<Instrument> instruments() {
        List<Instrument> instruments = new ArrayList<>();
        for (int entry : f.entries("Questionnaire")) {
            Questionnaire questionnaire = (Questionnaire) f.resource(entry);
            if (Reading.index(questionnaire.getExtension(), url("instrument-built-in"), 0) >= 0) {
                continue;
            }
            instrument(entry, questionnaire).ifPresent(instruments::add);
        }
        return instruments;
    }

    private Optional<Instrument> instrument(int entry, Questionnaire questionnaire) {
        String at = at(entry);
        int before = r.errorCount();
        Instrument.Builder builder = Instrument.builder();
        f.identifier(questionnaire.getIdentifier(), FhirUrls.INSTRUMENT_ID, false, at)
                .map(value -> r.build(() -> InstrumentId.of(value), at + "/identifier"))
                .ifPresent(builder::id);
        if (!questionnaire.hasVersion()) {
            r.required(at + "/version");
        } else {
            builder.version(questionnaire.getVersion());
        }
        Optional<String> source = r.string(questionnaire.getExtension(), url("instrument-source"), at);
        if (source.isEmpty()) {
            r.required(at + "/extension");
        }
        source.ifPresent(builder::source);
        if (questionnaire.hasCopyright()) {
            builder.licenceNote(questionnaire.getCopyright());
        }
        builder.putAllNames(names(questionnaire, "instrument-name", at));
        List<Questionnaire.QuestionnaireItemComponent> items = questionnaire.getItem();
        for (int i = 0; i < items.size(); i++) {
            String pointer = at + "/item/" + i;
            Questionnaire.QuestionnaireItemComponent item = items.get(i);
            Dimension.Builder dimension = Dimension.builder();
            if (!item.hasLinkId()) {
                r.required(pointer + "/linkId");
                continue;
            }
            dimension.code(item.getLinkId());
            dimension.putAllNames(names(item, "dimension-name", pointer));
            int s = Reading.index(item.getExtension(), url("scale"), 0);
            if (s < 0) {
                r.required(pointer + "/extension");
                continue;
            }
            Scale scale = scale(item.getExtension().get(s), pointer + "/extension/" + s);
            if (scale != null) {
                dimension.scale(scale);
                Dimension built = r.build(dimension::build, pointer);
                if (built != null) {
                    builder.addDimensions(built);
                }
            }
        }
        if (r.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.ofNullable(r.build(builder::build, at));
    }

    private Map<String, String> names(Element element, String extension, String at) {
        return names(element.getExtension(), extension, at);
    }

    private Map<String, String> names(DomainResource resource, String extension, String at) {
        return names(resource.getExtension(), extension, at);
    }

    private Map<String, String> names(List<Extension> ext, String extension, String at) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int i : Reading.indices(ext, url(extension))) {
            String pointer = at + "/extension/" + i;
            List<Extension> parts = ext.get(i).getExtension();
            Optional<CodeType> language = r.value(parts, "language", CodeType.class, pointer);
            Optional<String> name = r.string(parts, "name", pointer);
            if (language.isEmpty() || name.isEmpty()) {
                r.required(pointer + "/extension");
            } else {
                names.put(language.get().getValue(), name.get());
            }
        }
        return names;
    }

    private Scale scale(Extension ext, String at) {
        List<Extension> parts = ext.getExtension();
        int before = r.errorCount();
        Scale.Builder builder = Scale.builder();
        Optional<BigDecimal> min = r.decimal(parts, "min", at);
        Optional<BigDecimal> max = r.decimal(parts, "max", at);
        Optional<Direction> direction = r.code(parts, "direction", Direction.class, at);
        if (min.isEmpty() || max.isEmpty() || direction.isEmpty()) {
            r.required(at + "/extension");
            return null;
        }
        builder.min(min.get()).max(max.get()).direction(direction.get());
        r.decimal(parts, "step", at).ifPresent(builder::step);
        for (int i : Reading.indices(parts, "specialValue")) {
            r.valueAt(parts.get(i), DecimalType.class, at + "/extension/" + i).map(DecimalType::getValue).ifPresent(builder::addSpecialValues);
        }
        return r.errorCount() > before ? null : r.build(builder::build, at);
    }

    List<Measurement> measurements() {
        List<Measurement> measurements = new ArrayList<>();
        for (int entry : f.entries("QuestionnaireResponse")) {
            measurement(entry, (QuestionnaireResponse) f.resource(entry)).ifPresent(measurements::add);
        }
        return measurements;
    }

    private Optional<Measurement> measurement(int entry, QuestionnaireResponse response) {
        String at = at(entry);
        int before = r.errorCount();
        Measurement.Builder builder = Measurement.builder();
        String questionnaire = response.getQuestionnaire();
        if (questionnaire == null || !questionnaire.startsWith(FhirUrls.QUESTIONNAIRE)) {
            r.required(at + "/questionnaire");
        } else {
            String id = URLDecoder.decode(questionnaire.substring(FhirUrls.QUESTIONNAIRE.length()), StandardCharsets.UTF_8);
            InstrumentId instrument = r.build(() -> InstrumentId.of(id), at + "/questionnaire");
            if (instrument != null) {
                builder.instrumentId(instrument);
            }
        }
        r.requiredDate(response.getAuthoredElement(), at + "/authored").ifPresent(builder::date);
        r.requiredCode(response.getExtension(), url("respondent"), Respondent.class, at).ifPresent(builder::respondent);
        r.code(response.getExtension(), url("occasion"), Occasion.class, at).ifPresent(builder::occasion);
        List<QuestionnaireResponse.QuestionnaireResponseItemComponent> items = response.getItem();
        for (int i = 0; i < items.size(); i++) {
            String pointer = at + "/item/" + i;
            QuestionnaireResponse.QuestionnaireResponseItemComponent item = items.get(i);
            if (!item.hasLinkId()) {
                r.required(pointer + "/linkId");
            } else if (!item.hasAnswer() || !item.getAnswerFirstRep().hasValueDecimalType()) {
                r.required(pointer + "/answer/0/valueDecimal");
            } else {
                builder.putScore(item.getLinkId(), item.getAnswerFirstRep().getValueDecimalType().getValue());
            }
        }
        if (r.errorCount() > before) {
            return Optional.empty();
        }
        return Optional.ofNullable(r.build(builder::build, at));
    }
}

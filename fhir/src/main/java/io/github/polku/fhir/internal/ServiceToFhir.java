package io.github.polku.fhir.internal;

import static io.github.polku.fhir.internal.Ext.add;
import static io.github.polku.fhir.internal.Ext.addCodes;
import static io.github.polku.fhir.internal.Ext.code;
import static io.github.polku.fhir.internal.Ext.coding;
import static io.github.polku.fhir.internal.Ext.date;
import static io.github.polku.fhir.internal.Ext.ext;
import static io.github.polku.fhir.internal.Ext.string;
import static io.github.polku.fhir.internal.Ext.sub;
import static io.github.polku.fhir.internal.Ext.subCodes;

import io.github.polku.calendar.DateRange;
import io.github.polku.fhir.FhirUrls;
import io.github.polku.service.Funding;
import io.github.polku.service.ProjectFunding;
import io.github.polku.service.Provider;
import io.github.polku.service.RehabilitativeWorkActivity;
import io.github.polku.service.Schedule;
import io.github.polku.service.Service;
import io.github.polku.service.Voucher;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Timing;

/** A service as a ServiceRequest. */
final class ServiceToFhir {

    private ServiceToFhir() {
    }

    static ServiceRequest request(Service service, boolean pathClosed) {
        ServiceRequest request = new ServiceRequest();
        request.addIdentifier().setSystem(FhirUrls.SERVICE_ID).setValue(service.getId().getValue());
        request.setStatus(service.getPeriod().getEnd().isPresent() || pathClosed
                ? ServiceRequest.ServiceRequestStatus.COMPLETED : ServiceRequest.ServiceRequestStatus.ACTIVE);
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.setCode(new CodeableConcept(coding("service-kind", service.getKind())));
        Timing timing = new Timing();
        Timing.TimingRepeatComponent repeat = timing.getRepeat();
        repeat.setBounds(ToFhir.period(service.getPeriod()));
        if (service.getSchedule().isPresent()) {
            Schedule schedule = service.getSchedule().get();
            repeat.setFrequency(schedule.getSessionsPerWeek());
            repeat.setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.WK);
            repeat.setDuration(schedule.getHoursPerSession()).setDurationUnit(Timing.UnitsOfTime.H);
        }
        request.setOccurrence(timing);
        addCodes(request, "service-component", service.getComponents());
        addCodes(request, "service-method", service.getMethods());
        add(request, "service-form", code(service.getForm()));
        add(request, "delivery-mode", code(service.getDeliveryMode()));
        request.addExtension(provider(service.getProvider()));
        request.addExtension(funding(service.getFunding()));
        service.getWorkActivity().ifPresent(activity -> request.addExtension(workActivity(activity)));
        return request;
    }

    private static Extension provider(Provider provider) {
        Extension ext = ext("provider", null);
        sub(ext, "type", code(provider.getType()));
        provider.getName().ifPresent(name -> sub(ext, "name", string(name)));
        provider.getApprovedProviderId().ifPresent(id -> sub(ext, "approvedProviderId", string(id)));
        return ext;
    }

    private static Extension funding(Funding funding) {
        Extension ext = ext("funding", null);
        sub(ext, "type", code(funding.getType()));
        funding.getVoucher().ifPresent(voucher -> ext.addExtension(voucher(voucher)));
        funding.getProject().ifPresent(project -> ext.addExtension(project(project)));
        return ext;
    }

    private static Extension voucher(Voucher voucher) {
        Extension ext = new Extension("voucher");
        voucher.getValue().ifPresent(value -> {
            sub(ext, "euros", new DecimalType(value.getEuros()));
            sub(ext, "unit", code(value.getUnit()));
        });
        sub(ext, "incomeRelated", new BooleanType(voucher.isIncomeRelated()));
        voucher.getDecisionReference().ifPresent(text -> sub(ext, "decisionReference", string(text)));
        voucher.getAssessmentReference().ifPresent(text -> sub(ext, "assessmentReference", string(text)));
        sub(ext, "refused", new BooleanType(voucher.isRefused()));
        voucher.getAlternativeArrangement().ifPresent(text -> sub(ext, "alternativeArrangement", string(text)));
        voucher.getSelfPayment().ifPresent(amount -> sub(ext, "selfPayment", new DecimalType(amount)));
        sub(ext, "freeByLaw", new BooleanType(voucher.isFreeByLaw()));
        return ext;
    }

    private static Extension project(ProjectFunding project) {
        Extension ext = new Extension("project");
        sub(ext, "funderCode", string(project.getFunderCode()));
        project.getProjectCode().ifPresent(code -> sub(ext, "projectCode", string(code)));
        return ext;
    }

    private static Extension workActivity(RehabilitativeWorkActivity activity) {
        Extension ext = ext("work-activity", null);
        activity.getBasis().ifPresent(basis -> sub(ext, "basis", code(basis)));
        activity.getPlanReference().ifPresent(text -> sub(ext, "planReference", string(text)));
        activity.getPlanDate().ifPresent(d -> sub(ext, "planDate", date(d)));
        sub(ext, "daysPerWeek", new IntegerType(activity.getDaysPerWeek()));
        sub(ext, "hoursPerDay", new DecimalType(activity.getHoursPerDay()));
        for (DateRange period : activity.getPeriods()) {
            sub(ext, "period", ToFhir.period(period));
        }
        subCodes(ext, "allowanceType", activity.getAllowanceTypes());
        activity.getPlanGoal().ifPresent(text -> sub(ext, "planGoal", string(text)));
        activity.getPlanSupport().ifPresent(text -> sub(ext, "planSupport", string(text)));
        for (LocalDate d : activity.getReviewDates()) {
            sub(ext, "reviewDate", date(d));
        }
        subCodes(ext, "obligationExemption", activity.getObligationExemptions());
        return ext;
    }
}

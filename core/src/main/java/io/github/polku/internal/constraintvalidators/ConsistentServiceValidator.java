package io.github.polku.internal.constraintvalidators;

import io.github.polku.calendar.DateRange;
import io.github.polku.service.ConsistentService;
import io.github.polku.service.RehabilitativeWorkActivity;
import io.github.polku.service.Service;
import io.github.polku.service.ServiceKind;
import io.github.polku.service.Voucher;
import java.util.List;
import java.util.Optional;

/** Checks {@link ConsistentService}: the rules of a service that span its parts. */
public final class ConsistentServiceValidator extends RuleValidator<ConsistentService, Service> {

    @Override
    protected void check(Service service, RuleContext context) {
        if (service.getKind() == ServiceKind.SOCIAL_REHABILITATION && service.getComponents().isEmpty()) {
            context.error("polku.service.component.missing", "/components");
        }
        DateRange period = service.getPeriod();
        for (int i = 0; i < service.getAttendances().size(); i++) {
            if (!period.contains(service.getAttendances().get(i).getDate())) {
                context.error("polku.service.attendance.outsidePeriod", "/attendances/" + i + "/date");
            }
        }
        Optional<Voucher> voucher = service.getFunding().getVoucher();
        if (voucher.isPresent() && !voucher.get().isRefused()
                && CompleteVoucherValidator.isMissing(service.getProvider().getApprovedProviderId())) {
            context.error("polku.service.voucher.approvedProvider.missing", "/provider/approvedProviderId");
        }
        if (service.getWorkActivity().isPresent()) {
            RehabilitativeWorkActivity rwa = service.getWorkActivity().get();
            List<DateRange> periods = rwa.getPeriods();
            for (int i = 0; i < periods.size(); i++) {
                if (!encloses(period, periods.get(i))) {
                    context.error("polku.service.workActivity.period.outsideService", "/workActivity/periods/" + i);
                }
            }
        }
    }

    private static boolean encloses(DateRange outer, DateRange inner) {
        if (inner.getStart().isBefore(outer.getStart())) {
            return false;
        }
        if (outer.isOpen()) {
            return true;
        }
        return !inner.isOpen() && !inner.getEnd().get().isAfter(outer.getEnd().get());
    }
}

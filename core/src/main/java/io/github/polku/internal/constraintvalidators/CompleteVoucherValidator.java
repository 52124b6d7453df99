package io.github.polku.internal.constraintvalidators;

import io.github.polku.service.CompleteVoucher;
import io.github.polku.service.Voucher;
import java.util.Optional;

/** Checks {@link CompleteVoucher}: the rules of the service voucher act 569/2009. */
public final class CompleteVoucherValidator extends RuleValidator<CompleteVoucher, Voucher> {

    @Override
    protected void check(Voucher voucher, RuleContext context) {
        if (voucher.getValue().isEmpty()) {
            context.error("polku.service.voucher.value.missing", "/value");
        }
        if (isMissing(voucher.getAssessmentReference())) {
            context.error("polku.service.voucher.assessment.missing", "/assessmentReference");
        }
        if (voucher.isIncomeRelated() && isMissing(voucher.getDecisionReference())) {
            context.error("polku.service.voucher.decision.missing", "/decisionReference");
        }
        if (voucher.isRefused() && isMissing(voucher.getAlternativeArrangement())) {
            context.error("polku.service.voucher.alternative.missing", "/alternativeArrangement");
        }
        if (voucher.isFreeByLaw() && voucher.getSelfPayment().map(p -> p.signum() > 0).orElse(false)) {
            context.warning("polku.service.voucher.selfPayment.freeService", "/selfPayment");
        }
    }

    static boolean isMissing(Optional<String> text) {
        return text.isEmpty() || text.get().isBlank();
    }
}

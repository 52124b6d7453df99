package io.github.polku.quality;

import io.github.polku.path.ContactChannel;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.service.Attendance;
import io.github.polku.service.DeliveryMode;
import io.github.polku.service.Service;
import io.github.polku.service.ServiceForm;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@link BuiltInEvaluators#METHOD_MIX}: the services of the path mix forms of work (individual,
 * group, community; at least {@code minimumForms} of them) and include an accessible form: the path
 * began through outreach or a low-threshold meeting place, or a service or session was delivered as
 * outreach, as a home visit, or at least partly remotely.
 */
final class MethodMixEvaluator extends BuiltInEvaluator.OfPath {

    static final String MINIMUM_FORMS = "minimumForms";
    static final String MET = "polku.quality.methodMix.met";
    static final String FORMS_ONLY = "polku.quality.methodMix.formsOnly";
    static final String ACCESSIBLE_ONLY = "polku.quality.methodMix.accessibleOnly";
    static final String NEITHER = "polku.quality.methodMix.neither";
    static final String NO_SERVICES = "polku.quality.methodMix.noServices";

    private static final Set<ContactChannel> ACCESSIBLE_CHANNELS =
            EnumSet.of(ContactChannel.OUTREACH, ContactChannel.LOW_THRESHOLD_MEETING_PLACE);

    static boolean accessible(DeliveryMode mode) {
        return mode == DeliveryMode.OUTREACH || mode == DeliveryMode.HOME_VISIT || mode.isAtLeastPartlyRemote();
    }

    MethodMixEvaluator() {
        super(BuiltInEvaluators.METHOD_MIX, MINIMUM_FORMS, 2);
    }

    @Override
    public CriterionResult evaluate(RehabilitationPath path, EvaluationContext context) {
        if (path.getServices().isEmpty()) {
            return context.result(CriterionOutcome.INSUFFICIENT_DATA, NO_SERVICES)
                    .addEvidence(context.evidence("/services", "services", 0)).build();
        }
        List<Evidence> evidence = new ArrayList<>();
        Set<ServiceForm> forms = EnumSet.noneOf(ServiceForm.class);
        ContactChannel channel = path.getFirstContact().getChannel();
        boolean accessible = ACCESSIBLE_CHANNELS.contains(channel);
        evidence.add(context.evidence("/firstContact/channel", "channel", channel, "accessible", accessible));
        for (int i = 0; i < path.getServices().size(); i++) {
            Service service = path.getServices().get(i);
            forms.add(service.getForm());
            boolean sessionsAccessible = service.getAttendances().stream()
                    .map(Attendance::getDeliveryMode).anyMatch(m -> m.isPresent() && accessible(m.get()));
            boolean serviceAccessible = accessible(service.getDeliveryMode()) || sessionsAccessible;
            accessible |= serviceAccessible;
            evidence.add(context.evidence("/services/" + i, "form", service.getForm(), "deliveryMode", service.getDeliveryMode(),
                    "accessible", serviceAccessible));
        }
        int minimum = context.getIntParameter(MINIMUM_FORMS);
        boolean mixed = forms.size() >= minimum;
        List<String> names = new ArrayList<>();
        forms.forEach(f -> names.add(f.name()));
        String formList = String.join(", ", names);
        CriterionResult.Builder result;
        if (mixed && accessible) {
            result = context.result(CriterionOutcome.MET, MET, "forms", formList);
        } else if (mixed) {
            result = context.result(CriterionOutcome.PARTLY_MET, FORMS_ONLY, "forms", formList);
        } else if (accessible) {
            result = context.result(CriterionOutcome.PARTLY_MET, ACCESSIBLE_ONLY, "forms", formList, "minimum", minimum);
        } else {
            result = context.result(CriterionOutcome.NOT_MET, NEITHER, "forms", formList, "minimum", minimum);
        }
        return result.addAllEvidence(evidence).build();
    }
}

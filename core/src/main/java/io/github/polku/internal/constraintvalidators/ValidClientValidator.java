package io.github.polku.internal.constraintvalidators;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.Client;
import io.github.polku.client.NamedWorker;
import io.github.polku.client.Profession;
import io.github.polku.client.ValidClient;
import io.github.polku.rules.LegalNumber;
import io.github.polku.rules.RuleSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The rules of {@link ValidClient}: rules 6, 8 and 9 of DOMAIN.md section 10. */
public final class ValidClientValidator extends RuleValidator<ValidClient, Client> {

    /** No named worker and no coded reason. */
    public static final String NAMED_WORKER_MISSING = "polku.client.namedWorker.missing";
    /** A client needing special support whose named worker is not a social worker. */
    public static final String NOT_SOCIAL_WORKER = "polku.client.namedWorker.notSocialWorker";
    /** A temporary social worker without a supervisor. */
    public static final String SUPERVISOR_MISSING = "polku.client.namedWorker.supervisorMissing";
    /** A temporary social worker without an ended assignment within the maximum months. */
    public static final String TEMPORARY_PERIOD = "polku.client.namedWorker.temporaryPeriod";

    @Override
    protected void check(Client client, RuleContext context) {
        Optional<NamedWorker> named = client.getNamedWorker();
        if (named.isEmpty()) {
            if (client.getNamedWorkerOmission().isEmpty()) {
                context.error(NAMED_WORKER_MISSING, "/namedWorker");
            }
            return;
        }
        NamedWorker worker = named.get();
        // A student standing in for a social worker acts as the social worker (Act 817/2015, section 12).
        if (client.isSpecialSupport() && worker.getProfession() != Profession.SOCIAL_WORKER
                && worker.getProfession() != Profession.TEMPORARY_SOCIAL_WORKER) {
            context.warning(NOT_SOCIAL_WORKER, "/namedWorker/profession", "profession", worker.getProfession());
        }
        if (worker.getProfession() == Profession.TEMPORARY_SOCIAL_WORKER) {
            if (worker.getSupervisor().isEmpty()) {
                context.warning(SUPERVISOR_MISSING, "/namedWorker/supervisor");
            }
            checkTemporaryPeriod(worker.getAssignment(), context);
        }
    }

    private static void checkTemporaryPeriod(Optional<DateRange> assignment, RuleContext context) {
        LocalDate start = assignment.map(DateRange::getStart).orElse(null);
        // Without a start date, the rule set in force today cannot be chosen: use the newest one.
        List<RuleSet> sets = context.rules().getRuleSets();
        RuleSet rules = start == null ? sets.get(sets.size() - 1) : context.rules().getEffective(start);
        int maxMonths = rules.getInt(LegalNumber.TEMPORARY_SOCIAL_WORKER_MAX_MONTHS);
        if (start == null || assignment.get().getEnd().isEmpty()) {
            context.warning(TEMPORARY_PERIOD, "/namedWorker/assignment", "maxMonths", maxMonths);
            return;
        }
        // At most maxMonths: the last allowed day is the day before the same date maxMonths later.
        LocalDate lastAllowed = start.plusMonths(maxMonths).minusDays(1);
        if (assignment.get().getEnd().get().isAfter(lastAllowed)) {
            context.warning(TEMPORARY_PERIOD, "/namedWorker/assignment/end", "maxMonths", maxMonths);
        }
    }
}

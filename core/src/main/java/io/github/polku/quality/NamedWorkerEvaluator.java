package io.github.polku.quality;

import io.github.polku.client.Client;
import io.github.polku.client.NamedWorker;
import io.github.polku.client.OmissionReason;
import io.github.polku.client.Profession;
import io.github.polku.path.RehabilitationPath;
import java.util.Optional;

/**
 * {@link BuiltInEvaluators#NAMED_WORKER}: the client of the path has a named worker; for a client
 * needing special support, a social worker, as the THL guide recommends.
 */
final class NamedWorkerEvaluator extends BuiltInEvaluator.OfPath {

    static final String NAMED = "polku.quality.namedWorker.named";
    static final String NOT_SOCIAL_WORKER = "polku.quality.namedWorker.notSocialWorker";
    static final String OMITTED = "polku.quality.namedWorker.omitted";
    static final String MISSING = "polku.quality.namedWorker.missing";
    static final String NO_CLIENT_RECORD = "polku.quality.namedWorker.noClientRecord";

    NamedWorkerEvaluator() {
        super(BuiltInEvaluators.NAMED_WORKER);
    }

    @Override
    public CriterionResult evaluate(RehabilitationPath path, EvaluationContext context) {
        Optional<Client> found = context.findClient(path.getClientId());
        if (found.isEmpty()) {
            return context.result(CriterionOutcome.INSUFFICIENT_DATA, NO_CLIENT_RECORD)
                    .addEvidence(context.evidence("/clientId", "clientRecordGiven", false)).build();
        }
        Client client = found.get();
        Subject record = Subject.of(client);
        if (client.getNamedWorker().isPresent()) {
            NamedWorker worker = client.getNamedWorker().get();
            boolean socialWorker = worker.getProfession() == Profession.SOCIAL_WORKER
                    || worker.getProfession() == Profession.TEMPORARY_SOCIAL_WORKER;
            boolean recommended = socialWorker || !client.isSpecialSupport();
            return context.result(recommended ? CriterionOutcome.MET : CriterionOutcome.PARTLY_MET,
                            recommended ? NAMED : NOT_SOCIAL_WORKER, "profession", worker.getProfession())
                    .addEvidence(Evidence.builder().subject(record).pointer("/namedWorker/profession")
                            .putValue("profession", worker.getProfession().name())
                            .putValue("specialSupport", String.valueOf(client.isSpecialSupport())).build())
                    .build();
        }
        if (client.getNamedWorkerOmission().isPresent()) {
            OmissionReason reason = client.getNamedWorkerOmission().get();
            // Section 42: a named worker is given unless this is obviously unnecessary.
            boolean accepted = reason == OmissionReason.OBVIOUSLY_UNNECESSARY;
            return context.result(accepted ? CriterionOutcome.NOT_APPLICABLE : CriterionOutcome.NOT_MET,
                            accepted ? OMITTED : MISSING, "reason", reason)
                    .addEvidence(Evidence.builder().subject(record).pointer("/namedWorkerOmission")
                            .putValue("reason", reason.name()).build())
                    .build();
        }
        return context.result(CriterionOutcome.NOT_MET, MISSING, "reason", "none")
                .addEvidence(Evidence.builder().subject(record).pointer("/namedWorker").putValue("recorded", "false").build())
                .build();
    }
}

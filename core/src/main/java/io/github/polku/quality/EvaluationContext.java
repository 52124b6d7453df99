package io.github.polku.quality;

import io.github.polku.client.Client;
import io.github.polku.client.ClientId;
import io.github.polku.rules.RuleBook;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link CriterionEvaluator} needs besides the subject (fi: arvioinnin konteksti, sv:
 * bed\u00f6mningens sammanhang): the criterion, the reference of the subject, the date of the
 * evaluation, the parameters, the {@link RuleBook rule book} with the legal numbers and, if the
 * caller gave them, the client records of the paths. It also
 * starts results and evidence with the criterion code and the subject filled in.
 * <p>
 * {@link QualityEvaluator} creates the contexts; create one yourself to test an evaluator.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EvaluationContext {

    private final QualityCriterion criterion;
    private final Subject subject;
    private final LocalDate evaluatedOn;
    private final Map<String, String> parameters;
    private final RuleBook rules;
    private final Map<ClientId, Client> clients;

    private EvaluationContext(QualityCriterion criterion, Subject subject, LocalDate evaluatedOn,
            Map<String, String> parameters, RuleBook rules, Map<ClientId, Client> clients) {
        this.criterion = criterion;
        this.subject = subject;
        this.evaluatedOn = evaluatedOn;
        this.parameters = parameters;
        this.rules = rules;
        this.clients = clients;
    }

    /**
     * Obtains a context. The parameters are the evaluator's defaults overlaid with the
     * criterion's own.
     *
     * @param criterion  the criterion evaluated, not null
     * @param evaluator  the evaluator, for its default parameters, not null
     * @param subject  the reference of the subject, not null
     * @param evaluatedOn  the date of the evaluation, not null
     * @param rules  the rule book with the legal numbers, not null
     * @return the context, not null
     */
    public static EvaluationContext of(QualityCriterion criterion, CriterionEvaluator<?> evaluator, Subject subject,
            LocalDate evaluatedOn, RuleBook rules) {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(evaluator, "evaluator");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(evaluatedOn, "evaluatedOn");
        Objects.requireNonNull(rules, "rules");
        return new EvaluationContext(criterion, subject, evaluatedOn, mergeParameters(evaluator, criterion), rules, Map.of());
    }

    /**
     * Returns a copy of this context that knows the given client records, so that an evaluator of
     * a path can look up the client of the path (for example its named worker).
     *
     * @param clientRecords  the client records, not null, may be empty
     * @return the new context, not null
     * @throws IllegalArgumentException if two records have the same client identifier
     */
    public EvaluationContext withClients(Collection<Client> clientRecords) {
        return new EvaluationContext(criterion, subject, evaluatedOn, parameters, rules, indexClients(clientRecords));
    }

    EvaluationContext withClients(Map<ClientId, Client> index) {
        return new EvaluationContext(criterion, subject, evaluatedOn, parameters, rules, index);
    }

    static Map<ClientId, Client> indexClients(Collection<Client> clientRecords) {
        Map<ClientId, Client> index = new HashMap<>();
        for (Client client : clientRecords) {
            if (index.put(client.getClientId(), client) != null) {
                throw new IllegalArgumentException("Two client records with the same client identifier");
            }
        }
        return Collections.unmodifiableMap(index);
    }

    /**
     * Finds the record of a client, if the caller gave client records.
     *
     * @param clientId  the client identifier, not null
     * @return the client, empty if no record was given for the identifier
     */
    public Optional<Client> findClient(ClientId clientId) {
        return Optional.ofNullable(clients.get(Objects.requireNonNull(clientId, "clientId")));
    }

    static Map<String, String> mergeParameters(CriterionEvaluator<?> evaluator, QualityCriterion criterion) {
        Map<String, String> merged = new LinkedHashMap<>(evaluator.getDefaultParameters());
        merged.putAll(criterion.getParameters());
        return Collections.unmodifiableMap(merged);
    }

    /**
     * Gets the criterion evaluated.
     *
     * @return the criterion, not null
     */
    public QualityCriterion getCriterion() {
        return criterion;
    }

    /**
     * Gets the reference of the subject evaluated.
     *
     * @return the subject, not null
     */
    public Subject getSubject() {
        return subject;
    }

    /**
     * Gets the date of the evaluation. Records dated after it are still taken as they are; an
     * ongoing path is measured up to this date.
     *
     * @return the date, not null
     */
    public LocalDate getEvaluationDate() {
        return evaluatedOn;
    }

    /**
     * Gets the rule book with the legal numbers.
     *
     * @return the rule book, not null
     */
    public RuleBook getRules() {
        return rules;
    }

    /**
     * Gets all parameters: the evaluator's defaults overlaid with the criterion's own.
     *
     * @return the parameters, not null, may be empty
     */
    public Map<String, String> getParameters() {
        return parameters;
    }

    /**
     * Gets a parameter.
     *
     * @param name  the parameter name, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the evaluator declares no such parameter
     */
    public String getParameter(String name) {
        String value = parameters.get(Objects.requireNonNull(name, "name"));
        if (value == null) {
            throw new IllegalArgumentException("No parameter " + name + " for criterion " + criterion.getCode());
        }
        return value;
    }

    /**
     * Gets a parameter as an integer.
     *
     * @param name  the parameter name, not null
     * @return the value
     * @throws IllegalArgumentException if there is no such parameter or it is not an integer
     */
    public int getIntParameter(String name) {
        String value = getParameter(name);
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Parameter " + name + " of criterion " + criterion.getCode()
                    + " is not an integer", e);
        }
    }

    /**
     * Starts a result for the criterion with its outcome and explanation. Add evidence and build.
     *
     * @param outcome  the outcome, not null
     * @param explanationCode  the message code of the explanation, not null
     * @param arguments  alternating argument names and values; values are converted with
     *     {@link String#valueOf(Object)} and must hold no personal data
     * @return a builder with the criterion code, outcome and explanation set, not null
     * @throws IllegalArgumentException if the arguments are not name-value pairs
     */
    public CriterionResult.Builder result(CriterionOutcome outcome, String explanationCode, Object... arguments) {
        CriterionResult.Builder builder = CriterionResult.builder();
        builder.criterionCode(criterion.getCode()).outcome(outcome).explanationCode(explanationCode)
                .putAllExplanationArguments(pairs(arguments));
        return builder;
    }

    /**
     * Obtains evidence about a record of the subject.
     *
     * @param pointer  the JSON Pointer of the record in the subject, not null
     * @param values  alternating value names and values; values are converted with
     *     {@link String#valueOf(Object)} and must hold no personal data
     * @return the evidence, not null
     * @throws IllegalArgumentException if the values are not name-value pairs or the pointer is
     *     malformed
     */
    public Evidence evidence(String pointer, Object... values) {
        return Evidence.of(subject, pointer, pairs(values));
    }

    private static Map<String, String> pairs(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Values come in name-value pairs");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(String.valueOf(namesAndValues[i]), String.valueOf(namesAndValues[i + 1]));
        }
        return map;
    }
}

package io.github.polku.serialization.jackson.internal;

import io.github.polku.quality.CohortContradiction;
import io.github.polku.quality.CohortContradiction.Figure;
import io.github.polku.quality.CohortSummary;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reports the contradictions of a {@code COHORT_SUMMARY} document at the JSON Pointers of its
 * figures: the model names a contradiction by its figure, the wire format decides where it is.
 */
final class CohortSummaryPointers {

    /** The property of the document that holds each figure. */
    private static final Map<Figure, String> PROPERTY = new EnumMap<>(Figure.class);

    static {
        PROPERTY.put(Figure.CURRENT_STAGES, "currentStages");
        PROPERTY.put(Figure.STAGES_REACHED, "stagesReached");
        PROPERTY.put(Figure.CLOSED_PATHS, "closedPaths");
        PROPERTY.put(Figure.POSITIVE_PATHS, "positivePaths");
        PROPERTY.put(Figure.CONTACT_TO_PLAN_DAYS, "contactToPlanDays");
        PROPERTY.put(Figure.PLAN_TO_CLOSURE_DAYS, "planToClosureDays");
        PROPERTY.put(Figure.CHANGE_SCORES, "changeScores");
        PROPERTY.put(Figure.AT_LEAST_PARTLY_REMOTE_SERVICES, "atLeastPartlyRemoteServices");
        PROPERTY.put(Figure.REMOTE_SESSIONS, "remoteSessions");
        PROPERTY.put(Figure.ANONYMOUS_CONTACT_COUNT, "anonymousContactCount");
        PROPERTY.put(Figure.ANONYMOUS_PEOPLE_BY_CHANNEL, "anonymousPeopleByChannel");
    }

    private CohortSummaryPointers() {
    }

    /** Builds the summary, or throws every contradiction at the pointer of its figure in the document. */
    static CohortSummary build(CohortSummary.Builder builder) {
        List<CohortContradiction> contradictions = builder.contradictions();
        if (contradictions.isEmpty()) {
            return builder.build();
        }
        List<Violation> problems = new ArrayList<>();
        for (CohortContradiction c : contradictions) {
            String pointer = "/" + PROPERTY.get(c.getFigure()) + c.getPart().map(part -> "/" + part).orElse("");
            problems.add(Violation.error(c.getCode(), pointer, Map.of()));
        }
        throw new InvalidValueException(problems);
    }
}

package io.github.polku.codevelopment;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.time.LocalDate;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An explicit assessment of a role's rung on Arnstein's ladder (fi: osallisuuden arvio, sv:
 * bedömning av delaktigheten), which overrides the rung derived by the {@link ParticipationLadder}.
 * <p>
 * Use it when the recorded data does not tell the whole story, and say why. The reason is free
 * text and may describe people, so it never appears in {@link #toString()}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ParticipationAssessment {

    /** The code of an assessment without a reason. */
    public static final String REASON_MISSING = "polku.codevelopment.assessment.reason";

    ParticipationAssessment() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the assessed rung.
     *
     * @return the rung, not null
     */
    public abstract ArnsteinRung getRung();

    /**
     * Gets the reason for overriding the derived rung; free text, redacted from {@code toString()}.
     *
     * @return the reason, not null, not blank
     */
    @Value.Redacted
    public abstract String getReason();

    /**
     * Gets the date of the assessment.
     *
     * @return the date, not null
     */
    public abstract LocalDate getAssessedOn();

    /**
     * Checks that the override is explained.
     *
     * @throws InvalidValueException with code {@value #REASON_MISSING} at {@code /reason} if the
     *     reason is blank
     */
    @Value.Check
    protected void check() {
        if (getReason().isBlank()) {
            throw InvalidValueException.of(Violation.error(REASON_MISSING, "/reason", Map.of()));
        }
    }

    /**
     * Builder for {@code ParticipationAssessment}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableParticipationAssessment.Builder {
        /** Creates an empty builder; use {@link ParticipationAssessment#builder()}. */
        Builder() {
        }
    }
}

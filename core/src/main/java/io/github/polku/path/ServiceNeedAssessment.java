package io.github.polku.path;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service need assessment (fi: palvelutarpeen arviointi, sv: bedömning av servicebehov) under
 * the Social Welfare Act 1301/2014, section 36.
 * <p>
 * It records the date the matter became pending (fi: vireilletulo, sv: anhängiggörande), the
 * start and completion dates, the {@link DeadlineGroup statutory deadline group}, the client's
 * view and the worker's view, and whether a need for social rehabilitation was found. The views
 * are free text about the person: they are never shown by {@link #toString()}.
 * <p>
 * The validator reports dates out of order (error) and missed statutory deadlines (warnings,
 * because they describe past events).
 * <p>
 * Copies with one value changed come from the {@code with...} methods (for example
 * {@code withX(value)}), and a builder filled from an existing value from
 * {@code builder().from(value)}; both run the same construction checks.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValidServiceNeedAssessment
public abstract class ServiceNeedAssessment implements WithServiceNeedAssessment {

    ServiceNeedAssessment() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for an assessment.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the date on which the matter became pending; statutory deadlines count from it.
     *
     * @return the date, not null
     */
    public abstract LocalDate getPendingOn();

    /**
     * Gets the date on which the assessment started.
     *
     * @return the date, empty if not started, not null
     */
    public abstract Optional<LocalDate> getStartedOn();

    /**
     * Gets the date on which the assessment was completed.
     *
     * @return the date, empty if not completed, not null
     */
    public abstract Optional<LocalDate> getCompletedOn();

    /**
     * Gets the statutory deadline group.
     *
     * @return the group; {@link DeadlineGroup#NONE} by default, not null
     */
    @Value.Default
    public DeadlineGroup getDeadlineGroup() {
        return DeadlineGroup.NONE;
    }

    /**
     * Gets the client's own view of the need (free text, personal data).
     *
     * @return the view, empty if not recorded, not null
     */
    @Value.Redacted
    public abstract Optional<String> getClientView();

    /**
     * Gets the worker's view of the need (free text, personal data).
     *
     * @return the view, empty if not recorded, not null
     */
    @Value.Redacted
    public abstract Optional<String> getWorkerView();

    /**
     * Checks if the assessment found a need for social rehabilitation (fi: sosiaalisen
     * kuntoutuksen tarve, sv: behov av social rehabilitering).
     *
     * @return true if a need was found; false by default
     */
    @Value.Default
    public boolean isRehabilitationNeed() {
        return false;
    }

    /**
     * Builder for {@code ServiceNeedAssessment}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableServiceNeedAssessment.Builder {
        /** Creates an empty builder; use {@link ServiceNeedAssessment#builder()}. */
        Builder() {
        }
    }
}

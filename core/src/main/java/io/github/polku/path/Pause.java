package io.github.polku.path;

import io.github.polku.calendar.DateRange;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A pause in a rehabilitation path (fi: tauko, sv: uppehåll), with its period and reason.
 * <p>
 * An open period means the path is still paused. A pause may record that work continues
 * remotely, as when sites closed in exceptional circumstances and providers moved to remote group
 * and individual guidance.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Pause {

    Pause() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for a pause.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the period of the pause; open while the path is paused.
     *
     * @return the period, not null
     */
    public abstract DateRange getPeriod();

    /**
     * Gets the reason of the pause.
     *
     * @return the reason, not null
     */
    public abstract PauseReason getReason();

    /**
     * Checks if work with the client continues remotely during the pause (fi: et\u00e4yhteydell\u00e4,
     * sv: på distans).
     *
     * @return true if work continues remotely; false by default
     */
    @Value.Default
    public boolean isContinuesRemotely() {
        return false;
    }

    /**
     * Checks if the pause is still going on.
     *
     * @return true if the period has no end
     */
    public boolean isOpen() {
        return getPeriod().isOpen();
    }

    /**
     * Returns a copy of this pause ended on the given day.
     *
     * @param end  the last day of the pause, not null, not before its start
     * @return the ended pause, not null
     * @throws io.github.polku.validation.InvalidValueException if the end is before the start
     */
    public Pause endingOn(LocalDate end) {
        return ((ImmutablePause) ImmutablePause.copyOf(this)).withPeriod(getPeriod().withEnd(end));
    }

    /**
     * Builder for {@code Pause}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutablePause.Builder {
        /** Creates an empty builder; use {@link Pause#builder()}. */
        Builder() {
        }
    }
}

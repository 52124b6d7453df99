package io.github.polku.path;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Decides which closures count as positive outcomes (fi: tuloksen luokittelu, sv: klassificering
 * av utfall).
 * <p>
 * A closure is positive if its {@link Destination destination} is positive or its
 * {@link ClosureReason reason} is positive. The {@link #standard() standard} classification
 * follows the practice described in the project background (VALSKU):
 * <ul>
 *   <li>every destination except {@link Destination#NONE} is positive: moving on to work activity,
 *       education, a work trial, employment, employment services, medical rehabilitation or peer
 *       and volunteer activity are steps forward;</li>
 *   <li>{@link Destination#MENTAL_HEALTH_SERVICES} and {@link Destination#SUBSTANCE_ABUSE_SERVICES}
 *       are positive: a referral to treatment counts as a success, because untreated problems
 *       would block every other step;</li>
 *   <li>{@link Destination#NONE} is not positive by itself;</li>
 *   <li>the reason {@link ClosureReason#GOALS_MET} is positive, whatever the destination; every
 *       other reason is not positive by itself.</li>
 * </ul>
 * Users override single entries:
 * <pre>{@code
 * OutcomeClassification strict = OutcomeClassification.standard()
 *         .withDestination(Destination.EMPLOYMENT_SERVICES, false);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class OutcomeClassification {

    private static final OutcomeClassification STANDARD = new OutcomeClassification(
            EnumSet.complementOf(EnumSet.of(Destination.NONE)), EnumSet.of(ClosureReason.GOALS_MET));

    private final Set<Destination> positiveDestinations;
    private final Set<ClosureReason> positiveReasons;

    private OutcomeClassification(Set<Destination> positiveDestinations, Set<ClosureReason> positiveReasons) {
        this.positiveDestinations = Collections.unmodifiableSet(positiveDestinations);
        this.positiveReasons = Collections.unmodifiableSet(positiveReasons);
    }

    /**
     * Obtains the standard classification described above.
     *
     * @return the standard classification, not null
     */
    public static OutcomeClassification standard() {
        return STANDARD;
    }

    /**
     * Obtains a classification from the destinations and closure reasons that count as positive,
     * as read back from an exchanged cohort summary.
     *
     * @param positiveDestinations  the destinations that count as positive by themselves, not null, may be empty
     * @param positiveReasons  the closure reasons that count as positive by themselves, not null, may be empty
     * @return the classification, not null
     * @since 0.1.0
     */
    public static OutcomeClassification of(Set<Destination> positiveDestinations, Set<ClosureReason> positiveReasons) {
        Set<Destination> destinations = EnumSet.noneOf(Destination.class);
        destinations.addAll(Objects.requireNonNull(positiveDestinations, "positiveDestinations"));
        Set<ClosureReason> reasons = EnumSet.noneOf(ClosureReason.class);
        reasons.addAll(Objects.requireNonNull(positiveReasons, "positiveReasons"));
        return new OutcomeClassification(destinations, reasons);
    }

    /**
     * Gets the destinations that count as positive by themselves.
     *
     * @return the destinations in declaration order, unmodifiable, not null
     * @since 0.1.0
     */
    public Set<Destination> getPositiveDestinations() {
        return positiveDestinations;
    }

    /**
     * Gets the closure reasons that count as positive by themselves.
     *
     * @return the reasons in declaration order, unmodifiable, not null
     * @since 0.1.0
     */
    public Set<ClosureReason> getPositiveReasons() {
        return positiveReasons;
    }

    /**
     * Returns a copy of this classification with one destination classified as given.
     *
     * @param destination  the destination, not null
     * @param positive  whether the destination counts as positive
     * @return the new classification, not null
     */
    public OutcomeClassification withDestination(Destination destination, boolean positive) {
        Objects.requireNonNull(destination, "destination");
        Set<Destination> copy = positiveDestinations.isEmpty()
                ? EnumSet.noneOf(Destination.class) : EnumSet.copyOf(positiveDestinations);
        if (positive) {
            copy.add(destination);
        } else {
            copy.remove(destination);
        }
        return new OutcomeClassification(copy, EnumSet.copyOf(positiveReasons.isEmpty()
                ? EnumSet.noneOf(ClosureReason.class) : positiveReasons));
    }

    /**
     * Returns a copy of this classification with one closure reason classified as given.
     *
     * @param reason  the reason, not null
     * @param positive  whether the reason counts as positive
     * @return the new classification, not null
     */
    public OutcomeClassification withReason(ClosureReason reason, boolean positive) {
        Objects.requireNonNull(reason, "reason");
        Set<ClosureReason> copy = positiveReasons.isEmpty()
                ? EnumSet.noneOf(ClosureReason.class) : EnumSet.copyOf(positiveReasons);
        if (positive) {
            copy.add(reason);
        } else {
            copy.remove(reason);
        }
        return new OutcomeClassification(positiveDestinations.isEmpty()
                ? EnumSet.noneOf(Destination.class) : EnumSet.copyOf(positiveDestinations), copy);
    }

    /**
     * Checks if a destination counts as positive by itself.
     *
     * @param destination  the destination, not null
     * @return true if positive
     */
    public boolean isPositive(Destination destination) {
        return positiveDestinations.contains(Objects.requireNonNull(destination, "destination"));
    }

    /**
     * Checks if a closure reason counts as positive by itself.
     *
     * @param reason  the reason, not null
     * @return true if positive
     */
    public boolean isPositive(ClosureReason reason) {
        return positiveReasons.contains(Objects.requireNonNull(reason, "reason"));
    }

    /**
     * Checks if a closure is a positive outcome: its destination or its reason is positive.
     *
     * @param closure  the closure, not null
     * @return true if positive
     */
    public boolean isPositive(Closure closure) {
        return isPositive(closure.getDestination()) || isPositive(closure.getReason());
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof OutcomeClassification
                && positiveDestinations.equals(((OutcomeClassification) obj).positiveDestinations)
                && positiveReasons.equals(((OutcomeClassification) obj).positiveReasons));
    }

    @Override
    public int hashCode() {
        return positiveDestinations.hashCode() * 31 + positiveReasons.hashCode();
    }

    /**
     * Returns the positive destinations and reasons.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "OutcomeClassification[destinations=" + positiveDestinations + ", reasons=" + positiveReasons + "]";
    }
}

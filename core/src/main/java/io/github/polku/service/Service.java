package io.github.polku.service;

import io.github.polku.calendar.DateRange;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.Violation;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A service or activity in a client's rehabilitation path (fi: palvelu, sv: tjänst).
 * <p>
 * A service is of one {@link ServiceKind kind}: social rehabilitation serving one or more of the
 * five statutory {@link SocialRehabilitationComponent components}, or rehabilitative work activity
 * with its {@link RehabilitativeWorkActivity details}. It has working methods, a form, a delivery
 * mode, a provider, funding, a period, an optional schedule and the attendance records of its
 * sessions.
 * <p>
 * Participation in social rehabilitation is voluntary (fi: omaehtoisuus, sv: frivillighet): this
 * type has, on purpose, no sanction field for refusing or stopping, and none may be added. The
 * sanctions that can follow from refusing rehabilitative work activity live in the benefit acts
 * and are out of Polku's scope.
 * <p>
 * Construction rejects only a mismatch of kind and details: work-activity details are present
 * exactly when the kind is {@link ServiceKind#REHABILITATIVE_WORK_ACTIVITY}. The domain rules are
 * checked by {@link PolkuValidator} and reported under {@code polku.service.*} (see
 * {@link ConsistentService}, {@link CompleteVoucher} and {@link LawfulWorkActivity}).
 * <pre>{@code
 * Service group = Service.builder()
 *         .id(ServiceId.of("S-1"))
 *         .kind(ServiceKind.SOCIAL_REHABILITATION)
 *         .addComponent(SocialRehabilitationComponent.GROUP_ACTIVITY_AND_SOCIAL_SUPPORT)
 *         .addMethod(ServiceMethod.ART_AND_CREATIVE)
 *         .form(ServiceForm.GROUP)
 *         .deliveryMode(DeliveryMode.ONLINE_GROUP)
 *         .provider(Provider.of(ProviderType.NGO))
 *         .funding(Funding.of(FundingType.PURCHASED_SERVICE))
 *         .period(DateRange.of(LocalDate.of(2020, 3, 16), LocalDate.of(2020, 5, 31)))
 *         .build();
 * }</pre>
 * Copies with one value changed come from the generated {@code withX(...)} methods, which run
 * the same construction checks.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ConsistentService
public abstract class Service implements WithService {

    /** The code of work-activity details that do not match the kind of service. */
    public static final String KIND_MISMATCH = "polku.service.workActivity.kind";

    private static final int RATE_SCALE = 4;

    Service() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for a service.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the identifier of the service.
     *
     * @return the identifier, not null
     */
    public abstract ServiceId getId();

    /**
     * Gets the kind of service.
     *
     * @return the kind, not null
     */
    public abstract ServiceKind getKind();

    /**
     * Gets the statutory components of social rehabilitation the service serves. Social
     * rehabilitation needs at least one; for work activity they are optional.
     *
     * @return the components, not null, may be empty
     */
    public abstract Set<SocialRehabilitationComponent> getComponents();

    /**
     * Gets the working methods.
     *
     * @return the methods, not null, may be empty
     */
    public abstract Set<ServiceMethod> getMethods();

    /**
     * Gets the form of the service.
     *
     * @return the form, not null
     */
    public abstract ServiceForm getForm();

    /**
     * Gets the usual delivery mode; a session may differ (see {@link Attendance#getDeliveryMode()}).
     *
     * @return the delivery mode, not null
     */
    public abstract DeliveryMode getDeliveryMode();

    /**
     * Gets the provider.
     *
     * @return the provider, not null
     */
    public abstract Provider getProvider();

    /**
     * Gets the funding.
     *
     * @return the funding, not null
     */
    @Valid
    public abstract Funding getFunding();

    /**
     * Gets the period of the service. For work activity it spans all its periods.
     *
     * @return the period, not null
     */
    public abstract DateRange getPeriod();

    /**
     * Gets the planned schedule.
     *
     * @return the schedule, empty if not recorded, not null
     */
    public abstract Optional<Schedule> getSchedule();

    /**
     * Gets the attendance records, in the order given.
     *
     * @return the records, not null, may be empty
     */
    public abstract List<Attendance> getAttendances();

    /**
     * Gets the details of rehabilitative work activity, present exactly when the kind is
     * {@link ServiceKind#REHABILITATIVE_WORK_ACTIVITY}.
     *
     * @return the details, not null
     */
    public abstract Optional<@Valid RehabilitativeWorkActivity> getWorkActivity();

    /**
     * Computes the attendance rate: the number of sessions with status
     * {@link AttendanceStatus#ATTENDED} divided by the number of sessions offered to the client,
     * that is all records except {@link AttendanceStatus#CANCELLED_BY_PROVIDER}. The result has
     * four decimals, rounded half-even; {@code 2/3} gives {@code 0.6667}.
     *
     * @return the rate from 0 to 1, empty if no session was offered, not null
     */
    public Optional<BigDecimal> attendanceRate() {
        int attended = 0;
        int offered = 0;
        for (Attendance a : getAttendances()) {
            if (a.getStatus().isOffered()) {
                offered++;
                if (a.getStatus() == AttendanceStatus.ATTENDED) {
                    attended++;
                }
            }
        }
        if (offered == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(attended).divide(BigDecimal.valueOf(offered), RATE_SCALE, RoundingMode.HALF_EVEN));
    }

    /**
     * Checks that work-activity details are present exactly for rehabilitative work activity.
     *
     * @throws InvalidValueException with code {@value #KIND_MISMATCH} at {@code /workActivity} otherwise
     */
    @Value.Check
    protected void check() {
        boolean isWorkActivity = getKind() == ServiceKind.REHABILITATIVE_WORK_ACTIVITY;
        if (isWorkActivity != getWorkActivity().isPresent()) {
            throw InvalidValueException.of(Violation.error(KIND_MISMATCH, "/workActivity", Map.of("kind", getKind())));
        }
    }

    /**
     * Builder for {@code Service}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableService.Builder {
        /** Creates an empty builder; use {@link Service#builder()}. */
        Builder() {
        }
    }
}

package io.github.polku.service;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a service is funded (fi: rahoitus, sv: finansiering): a {@link FundingType} with the
 * details of a voucher or of project funding.
 * <p>
 * A {@link FundingType#SERVICE_VOUCHER} always has its {@link Voucher}; project details may only
 * accompany {@link FundingType#PROJECT_FUNDING}, where they are optional.
 * <pre>{@code
 * Funding own = Funding.of(FundingType.OWN_PRODUCTION);
 * Funding esf = Funding.ofProject(ProjectFunding.of("ESF"));
 * Funding voucher = Funding.ofVoucher(Voucher.builder()...build());
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Funding {

    /** The code of voucher or project details that do not match the funding type. */
    public static final String DETAILS_MISMATCH = "polku.service.funding.details";

    Funding() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for funding.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains funding of a type that needs no details: own production, purchased service or
     * project funding without project details.
     *
     * @param type  the funding type, not null
     * @return the funding, not null
     * @throws InvalidValueException with code {@value #DETAILS_MISMATCH} at {@code /voucher} for
     *     {@link FundingType#SERVICE_VOUCHER}, which needs a voucher
     */
    public static Funding of(FundingType type) {
        return builder().type(type).build();
    }

    /**
     * Obtains service-voucher funding.
     *
     * @param voucher  the voucher, not null
     * @return the funding, not null
     */
    public static Funding ofVoucher(Voucher voucher) {
        return builder().type(FundingType.SERVICE_VOUCHER).voucher(voucher).build();
    }

    /**
     * Obtains project funding.
     *
     * @param project  the project, not null
     * @return the funding, not null
     */
    public static Funding ofProject(ProjectFunding project) {
        return builder().type(FundingType.PROJECT_FUNDING).project(project).build();
    }

    /**
     * Gets the funding type.
     *
     * @return the type, not null
     */
    public abstract FundingType getType();

    /**
     * Gets the voucher, present exactly for {@link FundingType#SERVICE_VOUCHER}.
     *
     * @return the voucher, not null
     */
    public abstract Optional<@Valid Voucher> getVoucher();

    /**
     * Gets the project details, present only for {@link FundingType#PROJECT_FUNDING}.
     *
     * @return the project, empty if not recorded, not null
     */
    public abstract Optional<ProjectFunding> getProject();

    /**
     * Checks that voucher details are present exactly for a voucher and project details only for
     * project funding.
     *
     * @throws InvalidValueException with code {@value #DETAILS_MISMATCH} at {@code /voucher} or
     *     {@code /project} otherwise
     */
    @Value.Check
    protected void check() {
        boolean isVoucher = getType() == FundingType.SERVICE_VOUCHER;
        if (isVoucher != getVoucher().isPresent()) {
            throw InvalidValueException.of(Violation.error(DETAILS_MISMATCH, "/voucher", Map.of("type", getType())));
        }
        if (getProject().isPresent() && getType() != FundingType.PROJECT_FUNDING) {
            throw InvalidValueException.of(Violation.error(DETAILS_MISMATCH, "/project", Map.of("type", getType())));
        }
    }

    /**
     * Builder for {@code Funding}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableFunding.Builder {
        /** Creates an empty builder; use {@link Funding#builder()}. */
        Builder() {
        }
    }
}

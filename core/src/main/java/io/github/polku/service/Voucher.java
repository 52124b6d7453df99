package io.github.polku.service;

import io.github.polku.internal.validation.Identifiers;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service voucher (fi: palveluseteli, sv: servicesedel), Act 569/2009 on service vouchers in
 * social welfare and health care.
 * <p>
 * A voucher is the organiser's commitment to pay for a service bought from an approved private
 * provider, up to a value set in advance. It rests on a professional's service need assessment,
 * whose reference it carries; the path that holds the service checks that the assessment exists.
 * The value may be flat or income-related; an income-related value needs a decision the client
 * can contest. The client may refuse the voucher and must then be directed to services arranged
 * in another way. The approved-provider identifier belongs to the {@link Provider} of the
 * service.
 * <p>
 * Only structurally meaningless data throws at construction (a negative self-payment). The rules
 * of the voucher act are checked by {@link PolkuValidator} and reported under
 * {@code polku.service.voucher.*} (see {@link CompleteVoucher}).
 * <pre>{@code
 * Voucher voucher = Voucher.builder()
 *         .value(VoucherValue.of(new BigDecimal("60"), VoucherValueUnit.PER_DAY))
 *         .assessmentReference("SNA-2020-17")
 *         .incomeRelated(true)
 *         .decisionReference("D-2020-0311")
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
@CompleteVoucher
public abstract class Voucher implements WithVoucher {

    /** The code of a negative self-payment. */
    public static final String SELF_PAYMENT_NEGATIVE = "polku.service.voucher.selfPayment.negative";

    Voucher() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for a voucher.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the value of the voucher.
     *
     * @return the value, empty if not recorded (reported as an error), not null
     */
    public abstract Optional<VoucherValue> getValue();

    /**
     * Checks if the value depends on the client's income (fi: tulosidonnainen, sv:
     * inkomstrelaterad).
     *
     * @return true if income-related; false by default
     */
    @Value.Default
    public boolean isIncomeRelated() {
        return false;
    }

    /**
     * Gets the reference of the decision on an income-related value (fi: päätös, sv: beslut).
     *
     * @return the reference, empty if none, not null
     */
    public abstract Optional<String> getDecisionReference();

    /**
     * Gets the reference of the service need assessment the voucher rests on (fi:
     * palvelutarpeen arviointi, sv: bedömning av servicebehovet).
     *
     * @return the reference, empty if not recorded (reported as an error), not null
     */
    public abstract Optional<String> getAssessmentReference();

    /**
     * Checks if the client refused the voucher (fi: kieltäytyi palvelusetelistä, sv: tackade nej
     * till servicesedeln).
     *
     * @return true if refused; false by default
     */
    @Value.Default
    public boolean isRefused() {
        return false;
    }

    /**
     * Gets the description of how the service is arranged instead, after a refusal. It is free
     * text and may concern the person, so {@code toString()} masks it.
     *
     * @return the alternative arrangement, empty if none, not null
     */
    @Value.Redacted
    public abstract Optional<String> getAlternativeArrangement();

    /**
     * Gets the client's own payment (fi: omavastuuosuus, sv: självrisk) in euros per
     * {@linkplain VoucherValue#getUnit() unit of the value}.
     *
     * @return the self-payment, zero or more, empty if not recorded, not null
     */
    public abstract Optional<BigDecimal> getSelfPayment();

    /**
     * Checks if the service is free of charge by law, so that no self-payment may remain.
     *
     * @return true if free by law; false by default
     */
    @Value.Default
    public boolean isFreeByLaw() {
        return false;
    }

    /**
     * Checks that the self-payment is not negative and that the references hold nothing shaped like
     * a personal identity code.
     *
     * @throws InvalidValueException with code {@value #SELF_PAYMENT_NEGATIVE} at {@code /selfPayment}, or
     *     {@code polku.id.identityCode} at {@code /assessmentReference} or {@code /decisionReference}
     */
    @Value.Check
    protected void check() {
        getAssessmentReference().ifPresent(r -> Identifiers.requireFree(r, "assessmentReference"));
        getDecisionReference().ifPresent(r -> Identifiers.requireFree(r, "decisionReference"));
        if (getSelfPayment().isPresent() && getSelfPayment().get().signum() < 0) {
            throw InvalidValueException.of(Violation.error(SELF_PAYMENT_NEGATIVE, "/selfPayment", Map.of()));
        }
    }

    /**
     * Builder for {@code Voucher}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableVoucher.Builder {
        /** Creates an empty builder; use {@link Voucher#builder()}. */
        Builder() {
        }
    }
}

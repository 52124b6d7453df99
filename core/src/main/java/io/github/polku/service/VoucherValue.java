package io.github.polku.service;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The value of a service voucher (fi: palvelusetelin arvo, sv: servicesedelns värde): an amount
 * in euros per {@link VoucherValueUnit unit}, for example 60 euros per day.
 * <p>
 * The amount is more than zero. Two values are equal when their amounts are numerically equal
 * ({@code 60} equals {@code 60.00}) and their units are the same.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class VoucherValue {

    /** The code of an amount that is zero or negative. */
    public static final String NOT_POSITIVE = "polku.service.voucher.value.notPositive";

    private final BigDecimal euros;
    private final VoucherValueUnit unit;

    private VoucherValue(BigDecimal euros, VoucherValueUnit unit) {
        this.euros = euros;
        this.unit = unit;
    }

    /**
     * Obtains a voucher value.
     *
     * @param euros  the amount in euros, not null, more than zero
     * @param unit  what the amount pays for, not null
     * @return the value, not null
     * @throws InvalidValueException with code {@value #NOT_POSITIVE} at {@code /euros} if the
     *     amount is zero or negative
     */
    public static VoucherValue of(BigDecimal euros, VoucherValueUnit unit) {
        Objects.requireNonNull(euros, "euros");
        Objects.requireNonNull(unit, "unit");
        if (euros.signum() <= 0) {
            throw InvalidValueException.of(Violation.error(NOT_POSITIVE, "/euros", Map.of()));
        }
        return new VoucherValue(euros.stripTrailingZeros(), unit);
    }

    /**
     * Gets the amount in euros.
     *
     * @return the amount, not null, more than zero
     */
    public BigDecimal getEuros() {
        return euros;
    }

    /**
     * Gets what one amount pays for.
     *
     * @return the unit, not null
     */
    public VoucherValueUnit getUnit() {
        return unit;
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || (obj instanceof VoucherValue && euros.equals(((VoucherValue) obj).euros)
                && unit == ((VoucherValue) obj).unit);
    }

    @Override
    public int hashCode() {
        return euros.hashCode() * 31 + unit.hashCode();
    }

    /**
     * Returns the value as text, for example {@code 60 EUR PER_DAY}.
     *
     * @return the value as text, not null
     */
    @Override
    public String toString() {
        return euros.toPlainString() + " EUR " + unit;
    }
}

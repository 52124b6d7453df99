package io.github.polku.service;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Checks that a {@link Voucher} meets the rules of the service voucher act 569/2009. Each breach
 * is one violation, with a JSON Pointer relative to the voucher:
 * <table>
 *   <caption>Violations</caption>
 *   <tr><th>code</th><th>severity</th><th>pointer</th><th>when</th></tr>
 *   <tr><td>{@code polku.service.voucher.value.missing}</td><td>ERROR</td><td>{@code /value}</td>
 *       <td>the voucher has no value</td></tr>
 *   <tr><td>{@code polku.service.voucher.assessment.missing}</td><td>ERROR</td>
 *       <td>{@code /assessmentReference}</td><td>no service need assessment is referenced</td></tr>
 *   <tr><td>{@code polku.service.voucher.decision.missing}</td><td>ERROR</td>
 *       <td>{@code /decisionReference}</td><td>an income-related value has no decision</td></tr>
 *   <tr><td>{@code polku.service.voucher.alternative.missing}</td><td>ERROR</td>
 *       <td>{@code /alternativeArrangement}</td><td>a refused voucher has no alternative arrangement</td></tr>
 *   <tr><td>{@code polku.service.voucher.selfPayment.freeService}</td><td>WARNING</td>
 *       <td>{@code /selfPayment}</td><td>a service free by law leaves a self-payment above zero</td></tr>
 * </table>
 * A blank reference counts as missing. The approved-provider rule needs the provider and is
 * checked by {@link ConsistentService}. {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE})
@Retention(RUNTIME)
public @interface CompleteVoucher {

    /**
     * Gets the message key; each violation carries its own code instead.
     *
     * @return the message key
     */
    String message() default "{polku.service.voucher.rules}";

    /**
     * Gets the validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Gets the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}

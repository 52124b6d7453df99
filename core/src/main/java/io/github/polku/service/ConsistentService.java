package io.github.polku.service;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Checks the rules of a {@link Service} that span its parts. Each breach is one violation, with a
 * JSON Pointer relative to the service:
 * <table>
 *   <caption>Violations</caption>
 *   <tr><th>code</th><th>severity</th><th>pointer</th><th>when</th></tr>
 *   <tr><td>{@code polku.service.component.missing}</td><td>ERROR</td><td>{@code /components}</td>
 *       <td>social rehabilitation serves none of the five statutory components</td></tr>
 *   <tr><td>{@code polku.service.attendance.outsidePeriod}</td><td>ERROR</td>
 *       <td>{@code /attendances/i/date}</td><td>an attendance date lies outside the service period</td></tr>
 *   <tr><td>{@code polku.service.voucher.approvedProvider.missing}</td><td>ERROR</td>
 *       <td>{@code /provider/approvedProviderId}</td><td>a voucher that was not refused is used with a
 *       provider that has no approved-provider identifier</td></tr>
 *   <tr><td>{@code polku.service.workActivity.period.outsideService}</td><td>ERROR</td>
 *       <td>{@code /workActivity/periods/i}</td><td>a work-activity period lies outside the service period</td></tr>
 * </table>
 * The rules of the parts are checked by {@link CompleteVoucher} and {@link LawfulWorkActivity}
 * through cascading. {@code null} is considered valid.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE})
@Retention(RUNTIME)
public @interface ConsistentService {

    /**
     * Gets the message key; each violation carries its own code instead.
     *
     * @return the message key
     */
    String message() default "{polku.service.rules}";

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

package io.github.polku.service;

/**
 * The daily allowance paid for attendance days of rehabilitative work activity (fi: päiväkohtainen
 * korvaus, sv: dagsersättning), Act 189/2001 and Unemployment Security Act 1290/2002.
 * <p>
 * A participant gets exactly one of them; the amount per day is the legal number
 * {@link io.github.polku.rules.LegalNumber#RWA_DAILY_ALLOWANCE_EUROS}.
 *
 * @since 0.1.0
 */
public enum AllowanceType {
    /** Expense allowance, for a recipient of unemployment benefit (fi: kulukorvaus, sv: kostnadsersättning). */
    EXPENSE_ALLOWANCE,
    /** Activity allowance, for a recipient of social assistance (fi: toimintaraha, sv: verksamhetspenning). */
    ACTIVITY_ALLOWANCE
}

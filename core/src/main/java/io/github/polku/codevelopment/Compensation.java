package io.github.polku.codevelopment;

/**
 * How a role is paid (fi: korvaus, sv: ersättning). Compensation is never required: a client
 * council may work without fees.
 * <p>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum Compensation {
    /** Unpaid (fi: ei korvausta, sv: ingen ersättning). */
    NONE,
    /** A fee per task, taxed (fi: palkkio, sv: arvode). */
    FEE,
    /** Wages in an employment relationship (fi: palkka, sv: lön). */
    SALARY
}

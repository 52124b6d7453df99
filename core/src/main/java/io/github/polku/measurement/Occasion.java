package io.github.polku.measurement;

/**
 * The occasion of a measurement within a client's path (fi: mittausajankohta, sv:
 * mättillfälle): an optional label of the timepoint.
 * <p>
 * The AVAIN measure, for example, is filled in when the working-age client plan is made and when
 * it is evaluated (DOMAIN 5.1). The label documents the timepoint; change is always computed from
 * the dates.
 * <p>
 * This is an immutable and thread-safe enum.
 *
 * @since 0.1.0
 */
public enum Occasion {

    /** When the client plan is made (fi: suunnitelmaa laadittaessa, sv: när planen upprättas). */
    PLAN_CREATED,
    /** When the client plan is evaluated (fi: suunnitelmaa arvioitaessa, sv: när planen utvärderas). */
    PLAN_EVALUATED,
    /** A follow-up after the service (fi: seuranta, sv: uppföljning). */
    FOLLOW_UP
}

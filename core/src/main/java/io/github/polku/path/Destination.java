package io.github.polku.path;

/**
 * Where a client went when the path closed (fi: jatkopolku, sv: fortsatt väg).
 * <p>
 * Whether a destination counts as a positive outcome is decided by an
 * {@link OutcomeClassification}, which users can override.
 *
 * @since 0.1.0
 */
public enum Destination {
    /** Rehabilitative work activity (fi: kuntouttava ty\u00f6toiminta, sv: arbetsverksamhet i rehabiliteringssyfte). */
    REHABILITATIVE_WORK_ACTIVITY,
    /** Education or training (fi: koulutus, sv: utbildning). */
    EDUCATION,
    /** A work trial (fi: ty\u00f6kokeilu, sv: arbetsprövning). */
    WORK_TRIAL,
    /** Employment (fi: ty\u00f6llistyminen, sv: anställning). */
    EMPLOYMENT,
    /** Employment services (fi: ty\u00f6llisyyspalvelut, sv: sysselsättningstjänster). */
    EMPLOYMENT_SERVICES,
    /** Mental-health services (fi: mielenterveyspalvelut, sv: mentalvårdstjänster). */
    MENTAL_HEALTH_SERVICES,
    /** Substance-abuse services (fi: p\u00e4ihdepalvelut, sv: missbrukartjänster). */
    SUBSTANCE_ABUSE_SERVICES,
    /** Medical rehabilitation (fi: l\u00e4\u00e4kinn\u00e4llinen kuntoutus, sv: medicinsk rehabilitering). */
    MEDICAL_REHABILITATION,
    /** Peer or volunteer activity (fi: vertais- tai vapaaehtoistoiminta, sv: kamrat- eller frivilligverksamhet). */
    PEER_OR_VOLUNTEER_ACTIVITY,
    /** No further service or activity (fi: ei jatkopolkua, sv: ingen fortsättning). */
    NONE
}

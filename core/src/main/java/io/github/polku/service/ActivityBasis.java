package io.github.polku.service;

/**
 * The plan on which rehabilitative work activity is based (fi: kuntouttavan työtoiminnan peruste,
 * sv: grund för arbetsverksamhet i rehabiliteringssyfte), Act 189/2001.
 *
 * @since 0.1.0
 */
public enum ActivityBasis {
    /** An activation plan (fi: aktivointisuunnitelma, sv: aktiveringsplan). */
    ACTIVATION_PLAN,
    /**
     * A multidisciplinary employment plan of Act 381/2023 (fi: monialainen työllistymissuunnitelma,
     * sv: sektorsövergripande sysselsättningsplan), the route of HE 109/2025.
     */
    MULTIDISCIPLINARY_EMPLOYMENT_PLAN
}

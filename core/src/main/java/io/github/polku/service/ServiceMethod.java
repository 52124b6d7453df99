package io.github.polku.service;

/**
 * A working method of a service (fi: työmenetelmä, sv: arbetsmetod), as used in the SOSKU and
 * VALSKU projects and in municipal practice.
 * <p>
 * Methods are not set by law; the list names the methods the background projects describe, with
 * {@link #OTHER} for the rest.
 *
 * @since 0.1.0
 */
public enum ServiceMethod {
    /** Art and creative methods: theatre, music, photography, life-story writing (fi: taide- ja luovat menetelmät, sv: konstbaserade och kreativa metoder). */
    ART_AND_CREATIVE,
    /** Nature-based methods, such as allotment gardening (fi: luontolähtöiset menetelmät, sv: naturbaserade metoder). */
    NATURE_BASED,
    /** Physical exercise, such as gym coaching (fi: liikunta, sv: motion). */
    PHYSICAL_EXERCISE,
    /** Nutrition coaching (fi: ravitsemusvalmennus, sv: kostrådgivning). */
    NUTRITION,
    /** A peer group (fi: vertaisryhmä, sv: kamratgrupp). */
    PEER_GROUP,
    /** Everyday-life and life-management coaching (fi: arjen ja elämänhallinnan valmennus, sv: vardags- och livskompetensträning). */
    EVERYDAY_LIFE_COACHING,
    /** Practice of interaction skills (fi: vuorovaikutustaitojen harjoittelu, sv: träning i interaktionsfärdigheter). */
    INTERACTION_SKILLS,
    /** Voluntary work (fi: vapaaehtoistoiminta, sv: frivilligarbete). */
    VOLUNTEERING,
    /** Work activity (fi: työtoiminta, sv: arbetsverksamhet). */
    WORK_ACTIVITY,
    /** Taking part in co-development of the service (fi: yhteiskehittäminen, sv: samutveckling). */
    CO_DEVELOPMENT,
    /** Job search and CV writing (fi: työnhaku ja CV, sv: arbetssökande och CV). */
    JOB_SEARCH,
    /** Another method (fi: muu menetelmä, sv: annan metod). */
    OTHER
}

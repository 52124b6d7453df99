package io.github.polku.service;

/**
 * One of the five statutory components of social rehabilitation (fi: sosiaalisen kuntoutuksen
 * sisältö, sv: den sociala rehabiliteringens innehåll), Social Welfare Act 1301/2014, section 17.
 * <p>
 * A social rehabilitation service serves at least one component. The list is closed: a component
 * outside these five does not exist in the law.
 *
 * @since 0.1.0
 */
public enum SocialRehabilitationComponent {
    /**
     * Assessment of social functioning and rehabilitation need (fi: sosiaalisen toimintakyvyn ja
     * kuntoutustarpeen selvittäminen, sv: utredning av den sociala funktionsförmågan och
     * rehabiliteringsbehovet).
     */
    ASSESSMENT_OF_FUNCTIONING_AND_NEED,
    /**
     * Rehabilitation counselling and guidance, and coordination of rehabilitation services when
     * needed (fi: kuntoutusneuvonta ja -ohjaus sekä tarvittaessa kuntoutuspalvelujen
     * yhteensovittaminen, sv: rehabiliteringsrådgivning och -handledning samt vid behov
     * samordning av rehabiliteringstjänster).
     */
    COUNSELLING_AND_GUIDANCE,
    /**
     * Coaching for everyday activities and life management (fi: valmennus arkipäivän toiminnoista
     * suoriutumiseen ja elämänhallintaan, sv: träning i att klara av vardagliga sysslor och
     * livskompetens).
     */
    EVERYDAY_LIFE_COACHING,
    /**
     * Group activities and support for social relationships (fi: ryhmätoiminta ja tuki
     * sosiaalisiin vuorovaikutussuhteisiin, sv: gruppverksamhet och stöd för sociala
     * interaktionsrelationer).
     */
    GROUP_ACTIVITY_AND_SOCIAL_SUPPORT,
    /**
     * Other measures that promote social rehabilitation (fi: muut tarvittavat sosiaalista
     * kuntoutumista edistävät toimenpiteet, sv: andra åtgärder som främjar social rehabilitering).
     */
    OTHER_MEASURES
}

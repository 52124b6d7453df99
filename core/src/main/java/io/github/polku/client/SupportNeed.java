package io.github.polku.client;

/**
 * A need for support for which social services are organised (fi: tuen tarve, sv: stödbehov),
 * following the ten categories of the Social Welfare Act 1301/2014, section 11.
 * <p>
 * A client may have several needs at once. The constants are stable codes of the exchange format.
 *
 * @since 0.1.0
 */
public enum SupportNeed {
    /** Coping with everyday life (fi: jokap\u00e4iv\u00e4isest\u00e4 el\u00e4m\u00e4st\u00e4 selviytyminen, sv: klara av det dagliga livet). */
    EVERYDAY_LIFE,
    /** Housing-related support (fi: asumiseen liittyv\u00e4 tuen tarve, sv: stöd i anslutning till boende). */
    HOUSING,
    /** Financial support (fi: taloudellisen tuen tarve, sv: ekonomiskt stöd). */
    FINANCIAL,
    /**
     * Preventing social exclusion and promoting inclusion (fi: sosiaalisen syrj\u00e4ytymisen
     * torjuminen ja osallisuuden edist\u00e4minen, sv: förebyggande av social utestängning och
     * främjande av delaktighet).
     */
    SOCIAL_INCLUSION,
    /**
     * Domestic and family violence, other violence and abuse (fi: l\u00e4hisuhde- ja perhev\u00e4kivalta,
     * muu v\u00e4kivalta ja kaltoinkohtelu, sv: våld i nära relationer och familjevåld, annat våld och
     * annan misshandel).
     */
    VIOLENCE_AND_ABUSE,
    /** Acute crises (fi: \u00e4killiset kriisitilanteet, sv: akuta krissituationer). */
    ACUTE_CRISIS,
    /**
     * Balanced development and wellbeing of a child (fi: lapsen tasapainoinen kehitys ja
     * hyvinvointi, sv: barns balanserade utveckling och välfärd).
     */
    CHILD_DEVELOPMENT,
    /**
     * Substance misuse, mental health problems, other illness, disability or ageing (fi:
     * p\u00e4ihteiden ongelmak\u00e4ytt\u00f6, mielenterveysongelma, muu sairaus, vamma tai ik\u00e4\u00e4ntyminen, sv:
     * missbruk, psykiska problem, annan sjukdom, funktionsnedsättning eller åldrande).
     */
    SUBSTANCE_MENTAL_HEALTH_ILLNESS_DISABILITY_OR_AGEING,
    /**
     * Other physical, psychological, social or cognitive functional capacity (fi: muu fyysinen,
     * psyykkinen, sosiaalinen tai kognitiivinen toimintakyky, sv: annan fysisk, psykisk, social
     * eller kognitiv funktionsförmåga).
     */
    FUNCTIONAL_CAPACITY,
    /** Supporting family members and close persons (fi: omaisten ja l\u00e4heisten tukeminen, sv: stöd till anhöriga och närstående). */
    FAMILY_AND_CLOSE_PERSONS
}

package io.github.polku.client;

/**
 * The kind of public body that organises social welfare (fi: järjestäjätyyppi, sv:
 * anordnartyp).
 * <p>
 * Since 1 January 2023 the organisers are the 21 wellbeing services counties and the City of
 * Helsinki. Before that, municipalities and joint municipal authorities organised the services,
 * and historical records (such as projects of 2015-2022) name them.
 *
 * @since 0.1.0
 */
public enum OrganiserType {
    /** A wellbeing services county (fi: hyvinvointialue, sv: välfärdsområde), from 2023. */
    WELLBEING_SERVICES_COUNTY,
    /** The City of Helsinki (fi: Helsingin kaupunki, sv: Helsingfors stad), which organises itself. */
    CITY_OF_HELSINKI,
    /** A municipality (fi: kunta, sv: kommun), the organiser before 2023. */
    MUNICIPALITY,
    /** A joint municipal authority (fi: kuntayhtymä, sv: samkommun), the organiser before 2023. */
    JOINT_MUNICIPAL_AUTHORITY
}

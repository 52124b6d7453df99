package io.github.polku.contact;

/**
 * What was done in an anonymous contact (fi: kohtaamisen sis\u00e4lt\u00f6, sv: kontaktens innehåll).
 *
 * @since 0.1.0
 */
public enum ContactActivity {
    /** Conversation and meeting over coffee (fi: keskustelu, sv: samtal). */
    CONVERSATION,
    /** Advice and guidance (fi: neuvonta ja ohjaus, sv: rådgivning och handledning). */
    ADVICE_AND_GUIDANCE,
    /** Help into services (fi: palveluihin ohjaus, sv: hänvisning till tjänster). */
    SERVICE_GUIDANCE,
    /** Practical help with one's own affairs (fi: asioinnissa auttaminen, sv: hjälp med ärenden). */
    PRACTICAL_HELP,
    /** Peer support (fi: vertaistuki, sv: kamratstöd). */
    PEER_SUPPORT,
    /** A group activity (fi: ryhm\u00e4toiminta, sv: gruppverksamhet). */
    GROUP_ACTIVITY,
    /** A meal or food aid (fi: ateria tai ruoka-apu, sv: måltid eller mathjälp). */
    MEAL,
    /** Something else (fi: muu, sv: annat). */
    OTHER
}

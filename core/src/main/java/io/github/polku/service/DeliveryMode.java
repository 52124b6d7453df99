package io.github.polku.service;

/**
 * How a service or a session reaches the client (fi: toteutustapa, sv: genomförandesätt).
 * <p>
 * No authoritative code list exists for remote modes of social rehabilitation; this list follows
 * the Hämeenlinna remote vouchers of 2020 (remote group and individual guidance) and outreach
 * practice. {@link #PHONE}, {@link #VIDEO}, {@link #CHAT_OR_MESSAGE} and {@link #ONLINE_GROUP} are
 * remote. {@link #HYBRID} mixes on-site and remote participation: it is partly remote, so
 * {@link #isRemote()} is false and {@link #isAtLeastPartlyRemote()} is true.
 *
 * @since 0.1.0
 */
public enum DeliveryMode {
    /** At the provider's site (fi: toimipisteessä, sv: på verksamhetsstället). */
    ON_SITE(false, false),
    /** A home visit (fi: kotikäynti, sv: hembesök). */
    HOME_VISIT(false, false),
    /** Outreach work where people are, such as the street (fi: jalkautuva työ, sv: uppsökande arbete). */
    OUTREACH(false, false),
    /** By telephone (fi: puhelin, sv: telefon). */
    PHONE(true, true),
    /** By video call (fi: videoyhteys, sv: videosamtal). */
    VIDEO(true, true),
    /** By chat or written messages (fi: chat tai viestit, sv: chatt eller meddelanden). */
    CHAT_OR_MESSAGE(true, true),
    /** A group meeting online (fi: verkkoryhmä, sv: nätgrupp). */
    ONLINE_GROUP(true, true),
    /** On site and remote at once (fi: hybridi, sv: hybrid). */
    HYBRID(false, true);

    private final boolean remote;
    private final boolean partlyRemote;

    DeliveryMode(boolean remote, boolean partlyRemote) {
        this.remote = remote;
        this.partlyRemote = partlyRemote;
    }

    /**
     * Checks if this mode is wholly remote: phone, video, chat or message, online group.
     *
     * @return true if wholly remote
     */
    public boolean isRemote() {
        return remote;
    }

    /**
     * Checks if this mode is remote at least in part: every remote mode and {@link #HYBRID}.
     *
     * @return true if wholly or partly remote
     */
    public boolean isAtLeastPartlyRemote() {
        return partlyRemote;
    }
}

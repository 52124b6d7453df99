package io.github.polku.codevelopment;

/**
 * A role in co-development (fi: osallistumisen rooli, sv: deltagarroll).
 * <p>
 * The roles follow the Finnish field (DOMAIN.md §4.2). The client-side roles are held by people
 * who bring their own experience of the services; the others by staff and partners. The
 * participation level of a client-side role is a rung on {@link ArnsteinRung Arnstein's ladder}.
 * <p>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum ParticipationRole {
    /**
     * A developer client (fi: kehittäjäasiakas, sv: utvecklarklient): a service user or close
     * relative who takes part in developing the services, not only in giving feedback.
     */
    DEVELOPER_CLIENT(true),
    /**
     * An experience expert (fi: kokemusasiantuntija, sv: erfarenhetsexpert): a person who has
     * processed own experience in training and uses it for the benefit of others. Training is
     * required.
     */
    EXPERIENCE_EXPERT(true),
    /**
     * An experience actor (fi: kokemustoimija, sv: erfarenhetsaktör): the NGO-sector term for a
     * trained experience expert who acts mainly towards people without the same experience.
     */
    EXPERIENCE_ACTOR(true),
    /**
     * A peer instructor or peer supporter (fi: vertaisohjaaja, vertaistukija, sv: kamratledare,
     * kamratstödjare): a person who supports others with the same experience. Training is not
     * required.
     */
    PEER_SUPPORTER(true),
    /**
     * A member of a client council (fi: asiakasraadin jäsen, sv: medlem i klientrådet).
     */
    CLIENT_COUNCIL_MEMBER(true),
    /** A professional (fi: ammattilainen, sv: yrkesperson). */
    PROFESSIONAL(false),
    /** A coordinator responsible for the process (fi: koordinaattori, sv: koordinator). */
    COORDINATOR(false),
    /** A partner organisation's representative (fi: kumppani, sv: partner). */
    PARTNER(false);

    private final boolean clientSide;

    ParticipationRole(boolean clientSide) {
        this.clientSide = clientSide;
    }

    /**
     * Checks if this role is held on the client side, so that the tokenism rules apply to it.
     *
     * @return true for the five roles that bring client experience
     */
    public boolean isClientSide() {
        return clientSide;
    }

    /**
     * Checks if this role requires completed training (DOMAIN.md rule 39).
     *
     * @return true for {@link #EXPERIENCE_EXPERT} only
     */
    public boolean requiresTraining() {
        return this == EXPERIENCE_EXPERT;
    }
}

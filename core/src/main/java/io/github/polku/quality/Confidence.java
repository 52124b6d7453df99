package io.github.polku.quality;

/**
 * How well a cited source was confirmed (fi: varmuus, sv: s\u00e4kerhet).
 * <p>
 * The marks follow the project's research note: a fact is confirmed when it was read in the cited
 * source, partly confirmed when the source supports the gist but not every detail, and unconfirmed
 * when it is background knowledge or a reconstruction. Polku's built-in framework cites only
 * confirmed and partly confirmed sources; a framework loaded from data may carry any mark, and
 * shows it to its readers.
 *
 * @since 0.1.0
 */
public enum Confidence {
    /** The fact was read in the cited source (fi: vahvistettu, sv: bekr\u00e4ftad). */
    CONFIRMED,
    /** The source supports the gist, but a detail was not visible (fi: osin vahvistettu, sv: delvis bekr\u00e4ftad). */
    PARTLY_CONFIRMED,
    /** Background knowledge or a reconstruction (fi: vahvistamaton, sv: obekr\u00e4ftad). */
    UNCONFIRMED
}

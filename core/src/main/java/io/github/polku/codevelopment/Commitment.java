package io.github.polku.codevelopment;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How much a person commits to a role according to the person's own resources (fi: sitoutuminen,
 * sv: engagemang).
 * <p>
 * The note is free text about the person and is personal data: it never appears in
 * {@link #toString()}.
 * <pre>{@code
 * Commitment commitment = Commitment.builder().level(CommitmentLevel.OCCASIONAL).note("...").build();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Commitment {

    Commitment() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a commitment without a note.
     *
     * @param level  the level, not null
     * @return the commitment, not null
     */
    public static Commitment of(CommitmentLevel level) {
        return builder().level(level).build();
    }

    /**
     * Gets the level of commitment.
     *
     * @return the level, not null
     */
    public abstract CommitmentLevel getLevel();

    /**
     * Gets the free note on the person's resources; personal data, redacted from {@code toString()}.
     *
     * @return the note, empty if none
     */
    @Value.Redacted
    public abstract Optional<String> getNote();

    /**
     * Builder for {@code Commitment}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableCommitment.Builder {
        /** Creates an empty builder; use {@link Commitment#builder()}. */
        Builder() {
        }
    }
}

package io.github.polku.identifier;

import io.github.polku.internal.validation.Identifiers;
import io.github.polku.validation.InvalidValueException;
import java.util.Objects;

/**
 * Base of Polku's identifier types (fi: tunniste, sv: identifierare), such as the client, path,
 * goal and service identifiers.
 * <p>
 * An identifier is 1-64 characters: letters, digits, {@code .}, {@code _}, {@code :} and
 * {@code -}, starting with a letter or digit. It carries no meaning, and it is never shaped like a
 * Finnish personal identity code: identifiers are shown in reports, evidence and cohort summaries,
 * so they must stay pseudonymous ({@code polku.id.identityCode}). Two identifiers are equal
 * when they are of the same type and have the same text.
 * <p>
 * Subclasses are final, immutable and thread-safe, with a static {@code of(String)} factory.
 *
 * @since 0.1.0
 */
public abstract class Identifier implements Comparable<Identifier> {

    private final String value;

    /**
     * Creates an identifier after checking its format.
     *
     * @param value  the identifier text, not null
     * @throws InvalidValueException with code {@code polku.id.format} if malformed, or
     *     {@code polku.id.identityCode} if shaped like a personal identity code
     */
    protected Identifier(String value) {
        Objects.requireNonNull(value, "value");
        this.value = Identifiers.check(value, getClass().getSimpleName());
    }

    /**
     * Gets the identifier text.
     *
     * @return the text, not null
     */
    public final String getValue() {
        return value;
    }

    /**
     * Compares by type name, then by text.
     *
     * @param other  the other identifier, not null
     * @return the comparator value
     */
    @Override
    public final int compareTo(Identifier other) {
        int byType = getClass().getName().compareTo(other.getClass().getName());
        return byType != 0 ? byType : value.compareTo(other.value);
    }

    @Override
    public final boolean equals(Object obj) {
        return this == obj || (obj != null && obj.getClass() == getClass() && value.equals(((Identifier) obj).value));
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode() * 31 + value.hashCode();
    }

    /**
     * Returns the identifier text.
     *
     * @return the text, not null
     */
    @Override
    public final String toString() {
        return value;
    }
}

package io.github.polku.quality;

import io.github.polku.client.Client;
import io.github.polku.codevelopment.CoDevelopmentProcess;
import io.github.polku.internal.validation.Identifiers;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.validation.InvalidValueException;
import java.util.Objects;

/**
 * A reference to what was evaluated (fi: arvioinnin kohde, sv: bed\u00f6mt objekt): the
 * {@link SubjectKind kind} and the identifier of a path, a co-development process or a client
 * record.
 * <p>
 * Evidence names its subject with this reference, so a finding can be traced to the record it
 * came from. The identifier is the path, process or client identifier, which is pseudonymous; a
 * subject never holds personal data.
 * <pre>{@code
 * Subject path = Subject.path("P-0001");
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Subject implements Comparable<Subject> {

    private final SubjectKind kind;
    private final String id;

    private Subject(SubjectKind kind, String id) {
        this.kind = kind;
        this.id = id;
    }

    /**
     * Obtains a subject reference.
     *
     * @param kind  the kind, not null
     * @param id  the identifier of the path, process or client, not null
     * @return the reference, not null
     * @throws InvalidValueException with code {@code polku.id.format} if the identifier is malformed
     */
    public static Subject of(SubjectKind kind, String id) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        return new Subject(kind, Identifiers.check(id, "Subject"));
    }

    /**
     * Obtains a reference to a rehabilitation path.
     *
     * @param pathId  the path identifier, not null
     * @return the reference, not null
     * @throws InvalidValueException with code {@code polku.id.format} if the identifier is malformed
     */
    public static Subject path(String pathId) {
        return of(SubjectKind.PATH, pathId);
    }

    /**
     * Obtains a reference to a co-development process.
     *
     * @param processId  the process identifier, not null
     * @return the reference, not null
     * @throws InvalidValueException with code {@code polku.id.format} if the identifier is malformed
     */
    public static Subject process(String processId) {
        return of(SubjectKind.PROCESS, processId);
    }

    /**
     * Obtains a reference to a client record by its pseudonymous client identifier.
     *
     * @param clientId  the client identifier, not null
     * @return the reference, not null
     * @throws InvalidValueException with code {@code polku.id.format} if the identifier is malformed
     */
    public static Subject client(String clientId) {
        return of(SubjectKind.CLIENT, clientId);
    }

    /**
     * Obtains the reference to a rehabilitation path.
     *
     * @param path  the path, not null
     * @return the reference, not null
     */
    public static Subject of(RehabilitationPath path) {
        return new Subject(SubjectKind.PATH, path.getId().getValue());
    }

    /**
     * Obtains the reference to a co-development process.
     *
     * @param process  the process, not null
     * @return the reference, not null
     */
    public static Subject of(CoDevelopmentProcess process) {
        return new Subject(SubjectKind.PROCESS, process.getId().getValue());
    }

    /**
     * Obtains the reference to a client record.
     *
     * @param client  the client, not null
     * @return the reference, not null
     */
    public static Subject of(Client client) {
        return new Subject(SubjectKind.CLIENT, client.getClientId().getValue());
    }

    /**
     * Gets the kind of subject.
     *
     * @return the kind, not null
     */
    public SubjectKind getKind() {
        return kind;
    }

    /**
     * Gets the identifier of the path, process or client.
     *
     * @return the identifier, not null
     */
    public String getId() {
        return id;
    }

    /**
     * Compares by kind, then by identifier.
     *
     * @param other  the other reference, not null
     * @return the comparator value
     */
    @Override
    public int compareTo(Subject other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : id.compareTo(other.id);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Subject)) {
            return false;
        }
        Subject other = (Subject) obj;
        return kind == other.kind && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + id.hashCode();
    }

    /**
     * Returns {@code PATH:P-0001}, {@code PROCESS:X} or {@code CLIENT:C-0001}.
     *
     * @return the reference as text, not null
     */
    @Override
    public String toString() {
        return kind + ":" + id;
    }
}

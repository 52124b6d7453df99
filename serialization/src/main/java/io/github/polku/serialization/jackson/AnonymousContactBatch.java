package io.github.polku.serialization.jackson;

import io.github.polku.contact.AnonymousContact;
import java.util.List;
import java.util.Objects;

/**
 * A batch of anonymous contacts (fi: anonyymit kohtaamiset, sv: anonyma kontakter), the content of
 * an {@code ANONYMOUS_CONTACTS} document: the contacts of outreach or low-threshold work that are
 * reported without identifying anyone.
 * <pre>{@code
 * AnonymousContactBatch batch = AnonymousContactBatch.of(List.of(contact));
 * String json = PolkuDocuments.strict().write(batch);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AnonymousContactBatch {

    private final List<AnonymousContact> contacts;

    private AnonymousContactBatch(List<AnonymousContact> contacts) {
        this.contacts = contacts;
    }

    /**
     * Obtains a batch of contacts.
     *
     * @param contacts  the contacts in order, not null, may be empty, no null elements
     * @return the batch, not null
     */
    public static AnonymousContactBatch of(List<AnonymousContact> contacts) {
        return new AnonymousContactBatch(List.copyOf(Objects.requireNonNull(contacts, "contacts")));
    }

    /**
     * Gets the contacts.
     *
     * @return the contacts in order, not null, may be empty
     */
    public List<AnonymousContact> getContacts() {
        return contacts;
    }

    /**
     * Checks if this batch holds the same contacts in the same order as another.
     *
     * @param obj  the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof AnonymousContactBatch && ((AnonymousContactBatch) obj).contacts.equals(contacts);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return contacts.hashCode();
    }

    /**
     * Gets a short description with the number of contacts only.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "AnonymousContactBatch[" + contacts.size() + " contacts]";
    }
}

package io.github.polku.contact;

import io.github.polku.client.Organiser;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An anonymous low-threshold or outreach contact (fi: anonyymi kohtaaminen, sv: anonym kontakt)
 * that records no identity at all.
 * <p>
 * Low-threshold services can be used anonymously, free of charge and without a referral, and
 * some services deliberately record no client data at meetings. This type therefore has no
 * attribute that could identify a person: no client identifier, no identity code, no name, no
 * free text about a person. It records the date, the place (the name of a meeting place, not of a
 * person), the {@link AnonymousChannel channel}, what was done and how many people took part, so
 * that contacts can be counted in statistics. A visitor who later becomes a client starts a
 * rehabilitation path of their own; the contact is never linked to it.
 * <pre>{@code
 * AnonymousContact coffee = AnonymousContact.builder()
 *         .date(LocalDate.of(2025, 4, 2))
 *         .place("Example meeting place")
 *         .channel(AnonymousChannel.LOW_THRESHOLD_MEETING_PLACE)
 *         .addActivity(ContactActivity.CONVERSATION)
 *         .peopleCount(6)
 *         .build();
 * }</pre>
 * <p>
 * Copies with one value changed come from the {@code with...} methods (for example
 * {@code withX(value)}), and a builder filled from an existing value from
 * {@code builder().from(value)}; both run the same construction checks.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ValidAnonymousContact
public abstract class AnonymousContact implements WithAnonymousContact {

    /** The code of a count of people below one. */
    public static final String PEOPLE_COUNT = "polku.contact.peopleCount.notPositive";

    AnonymousContact() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for an anonymous contact.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the date of the contact.
     *
     * @return the date, not null
     */
    public abstract LocalDate getDate();

    /**
     * Gets the name of the place, such as a meeting place or a district; never a person's name
     * or address.
     *
     * @return the place, not null
     */
    @NotBlank(message = "{jakarta.validation.constraints.NotBlank}")
    @Size(max = 200, message = "{jakarta.validation.constraints.Size}")
    public abstract String getPlace();

    /**
     * Gets the channel.
     *
     * @return the channel, not null
     */
    public abstract AnonymousChannel getChannel();

    /**
     * Gets what was done.
     *
     * @return the activities, not null, may be empty
     */
    public abstract Set<ContactActivity> getActivities();

    /**
     * Gets the number of people met.
     *
     * @return the count, at least one
     */
    public abstract int getPeopleCount();

    /**
     * Gets the organiser responsible for the contact, if it is organised by a public body.
     *
     * @return the organiser, empty for a contact of a non-governmental organisation, not null
     */
    public abstract Optional<Organiser> getOrganiser();

    /**
     * Checks the structural invariant: at least one person was met.
     *
     * @throws InvalidValueException with code {@value #PEOPLE_COUNT} at {@code /peopleCount}
     */
    @Value.Check
    protected void check() {
        if (getPeopleCount() < 1) {
            throw InvalidValueException.of(Violation.error(PEOPLE_COUNT, "/peopleCount", Map.of()));
        }
    }

    /**
     * Builder for {@code AnonymousContact}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableAnonymousContact.Builder {
        /** Creates an empty builder; use {@link AnonymousContact#builder()}. */
        Builder() {
        }
    }
}

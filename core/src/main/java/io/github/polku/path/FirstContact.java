package io.github.polku.path;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The first contact or referral that opens a rehabilitation path (fi: yhteydenotto tai
 * l\u00e4hete, sv: kontakt eller remiss).
 * <p>
 * It records the date, the {@link ContactChannel channel} and whether the need is urgent; for an
 * urgent need the service need assessment starts at once (Social Welfare Act, section 36).
 * <pre>{@code
 * FirstContact contact = FirstContact.of(LocalDate.of(2025, 4, 16), ContactChannel.LOW_THRESHOLD_MEETING_PLACE);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class FirstContact {

    FirstContact() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for a first contact.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a first contact with a need that is not urgent.
     *
     * @param date  the date of the contact, not null
     * @param channel  the channel, not null
     * @return the contact, not null
     */
    public static FirstContact of(LocalDate date, ContactChannel channel) {
        return builder().date(date).channel(channel).build();
    }

    /**
     * Gets the date of the contact.
     *
     * @return the date, not null
     */
    public abstract LocalDate getDate();

    /**
     * Gets the channel of the contact.
     *
     * @return the channel, not null
     */
    public abstract ContactChannel getChannel();

    /**
     * Checks if the need was urgent (fi: kiireellinen, sv: brådskande).
     *
     * @return true if urgent; false by default
     */
    @Value.Default
    public boolean isUrgent() {
        return false;
    }

    /**
     * Builder for {@code FirstContact}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableFirstContact.Builder {
        /** Creates an empty builder; use {@link FirstContact#builder()}. */
        Builder() {
        }
    }
}

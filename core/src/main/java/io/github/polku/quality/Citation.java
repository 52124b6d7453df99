package io.github.polku.quality;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cited source of a quality criterion or framework (fi: l\u00e4hde, sv: k\u00e4lla): a statute
 * section, a published recommendation or a documented practice, with how well it was
 * {@link Confidence confirmed}. Surrounding white space of the text and the address is removed.
 * <pre>{@code
 * Citation section42 = Citation.of("Social Welfare Act 1301/2014, section 42", Confidence.CONFIRMED);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Citation {

    Citation() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a citation without an address.
     *
     * @param text  the citation, for example {@code "Social Welfare Act 1301/2014, section 42"}, not null
     * @param confidence  how well the source was confirmed, not null
     * @return the citation, not null
     * @throws io.github.polku.validation.InvalidValueException with code
     *     {@code polku.value.missing} at {@code /text} if the text is blank
     */
    public static Citation of(String text, Confidence confidence) {
        return builder().text(text).confidence(confidence).build();
    }

    /**
     * Obtains a citation with the address where the source can be read.
     *
     * @param text  the citation, not null
     * @param url  the address of the source, not null
     * @param confidence  how well the source was confirmed, not null
     * @return the citation, not null
     * @throws io.github.polku.validation.InvalidValueException with code
     *     {@code polku.value.missing} if the text or the address is blank
     */
    public static Citation of(String text, String url, Confidence confidence) {
        return builder().text(text).url(url).confidence(confidence).build();
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
     * Gets the citation text: the statute and section, or the title of the publication.
     *
     * @return the text, not null, not blank
     */
    public abstract String getText();

    /**
     * Gets the address where the source can be read.
     *
     * @return the address, empty if none, not null
     */
    public abstract Optional<String> getUrl();

    /**
     * Gets how well the source was confirmed.
     *
     * @return the confidence, not null
     */
    public abstract Confidence getConfidence();

    /**
     * Checks that the text and the address are not blank, and strips surrounding white space from
     * them.
     *
     * @return this citation, or an equal one without surrounding white space, not null
     * @throws io.github.polku.validation.InvalidValueException with code
     *     {@code polku.value.missing} at {@code /text} or {@code /url}
     */
    @Value.Check
    protected Citation normalize() {
        Checks.notBlank(getText(), "text");
        if (getUrl().isPresent()) {
            Checks.notBlank(getUrl().get(), "url");
        }
        String text = getText().strip();
        Optional<String> url = getUrl().map(String::strip);
        if (text.equals(getText()) && url.equals(getUrl())) {
            return this;
        }
        Builder stripped = builder().text(text).confidence(getConfidence());
        url.ifPresent(stripped::url);
        return stripped.build();
    }

    /**
     * Builder for {@code Citation}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableCitation.Builder {
        /** Creates an empty builder; use {@link Citation#builder()}. */
        Builder() {
        }
    }
}

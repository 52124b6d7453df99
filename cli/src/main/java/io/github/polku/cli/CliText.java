package io.github.polku.cli;

import io.github.polku.validation.Severity;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The command's own words (status, totals, I/O problems) in Finnish, Swedish or English, from the
 * bundle {@code io/github/polku/cli/Messages*.properties}. Parameters are named: {@code {file}}.
 */
final class CliText {

    private static final String BUNDLE = "io.github.polku.cli.Messages";

    private final ResourceBundle bundle;

    private CliText(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static CliText of(Language language) {
        // English is the base bundle; asking for ROOT keeps the JVM's default locale out of the lookup.
        Locale locale = language == Language.EN ? Locale.ROOT : language.locale();
        return new CliText(ResourceBundle.getBundle(BUNDLE, locale));
    }

    /** Renders the message with the given name/value pairs substituted for {@code {name}}. */
    String get(String key, Object... namesAndValues) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String placeholder = "{" + namesAndValues[i] + "}";
            String value = String.valueOf(namesAndValues[i + 1]);
            int at = out.indexOf(placeholder);
            while (at >= 0) {
                out.replace(at, at + placeholder.length(), value);
                at = out.indexOf(placeholder, at + value.length());
            }
        }
        return out.toString();
    }

    String severity(Severity severity) {
        return get("severity." + severity.name().toLowerCase(Locale.ROOT));
    }
}

package io.github.polku.internal.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Renders violation messages from the {@code ContributorValidationMessages} bundles. The bundles
 * are read once; the JVM's default locale is never consulted (a {@code ResourceBundle} would fall
 * back to it before the base bundle).
 */
public final class Messages {

    /** The base name of the message bundles at the root of the core jar. */
    public static final String BUNDLE = "ContributorValidationMessages";

    private static final Properties EN = load("");
    private static final Properties FI = load("_fi");
    private static final Properties SV = load("_sv");

    /** Every placeholder name of the bundles: the argument names Polku's messages know. */
    private static final Set<String> ARGUMENT_NAMES = argumentNames(EN, FI, SV);

    private Messages() {
    }

    /**
     * Gets the names of every placeholder in the message bundles: the argument names that a
     * received violation may carry (GH-21).
     *
     * @return the names, not null
     */
    public static Set<String> argumentNames() {
        return ARGUMENT_NAMES;
    }

    private static Set<String> argumentNames(Properties... bundles) {
        Set<String> names = new java.util.TreeSet<>();
        for (Properties bundle : bundles) {
            for (String key : bundle.stringPropertyNames()) {
                String template = bundle.getProperty(key);
                int open = template.indexOf('{');
                while (open >= 0) {
                    int close = template.indexOf('}', open + 1);
                    if (close < 0) {
                        break;
                    }
                    names.add(template.substring(open + 1, close));
                    open = template.indexOf('{', close + 1);
                }
            }
        }
        return java.util.Collections.unmodifiableSet(names);
    }

    /**
     * Renders a message. Placeholders are named, {@code {name}}; a placeholder without an
     * argument stays as written. Arguments are inserted as text and never evaluated.
     *
     * @param code the message key, not null
     * @param arguments the named arguments, not null
     * @param locale the language, not null
     * @return the message; the code itself if no bundle knows it
     */
    public static String render(String code, Map<String, String> arguments, Locale locale) {
        String template = bundle(locale).getProperty(code);
        if (template == null) {
            template = EN.getProperty(code, code);
        }
        return substitute(template, arguments);
    }

    /**
     * Gets the message keys of one language's bundle.
     *
     * @param language "en", "fi" or "sv"
     * @return the keys, not null
     */
    public static Set<String> keys(String language) {
        return bundle(Locale.forLanguageTag(language)).stringPropertyNames();
    }

    private static Properties bundle(Locale locale) {
        switch (locale.getLanguage()) {
            case "fi":
                return FI;
            case "sv":
                return SV;
            default:
                return EN;
        }
    }

    static String substitute(String template, Map<String, String> arguments) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i + 1) : -1;
            if (close > 0) {
                String name = template.substring(i + 1, close);
                String value = arguments.get(name);
                if (value != null) {
                    out.append(value);
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static Properties load(String suffix) {
        Properties properties = new Properties();
        String name = "/" + BUNDLE + suffix + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing message bundle " + name);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}

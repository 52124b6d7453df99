package io.github.polku.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages of the command's messages: the option {@code --lang fi|sv|en}.
 */
enum Language {
    /** Finnish (suomi). */
    FI(Locale.forLanguageTag("fi")),
    /** Swedish (svenska). */
    SV(Locale.forLanguageTag("sv")),
    /** English. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    /** The locale variables, in POSIX order of precedence. */
    static final List<String> VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

    /**
     * GH-18: chooses the language: the option if given; else the first non-empty locale variable
     * ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}) read as text ({@code fi_FI.UTF-8} is Finnish,
     * {@code sv_FI} Swedish, anything else English), even if the JVM does not have that locale installed;
     * else the JVM's locale if it is Finnish or Swedish; else English.
     */
    static Language choose(Language option, Environment env) {
        if (option != null) {
            return option;
        }
        for (String name : VARIABLES) {
            Optional<String> value = env.variable(name).filter(v -> !v.isBlank());
            if (value.isPresent()) {
                return ofVariable(value.get());
            }
        }
        return choose(null, env.locale());
    }

    /** The language of a POSIX locale name such as {@code fi_FI.UTF-8}, {@code sv_FI@euro} or {@code C}. */
    static Language ofVariable(String value) {
        String language = value.split("[_.@-]", 2)[0].toLowerCase(Locale.ROOT);
        if ("fi".equals(language)) {
            return FI;
        }
        if ("sv".equals(language)) {
            return SV;
        }
        return EN;
    }

    /**
     * Chooses the language: the option if given, else the given locale if it is Finnish or
     * Swedish, else English.
     */
    static Language choose(Language option, Locale environment) {
        if (option != null) {
            return option;
        }
        String language = environment.getLanguage();
        if ("fi".equals(language)) {
            return FI;
        }
        if ("sv".equals(language)) {
            return SV;
        }
        return EN;
    }
}

package io.github.polku.cli;

import java.util.Locale;

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

    /**
     * Chooses the language: the option if given, else the environment's locale if it is Finnish or
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

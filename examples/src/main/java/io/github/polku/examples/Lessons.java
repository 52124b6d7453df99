package io.github.polku.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * What an example program teaches as it runs: before each numbered step one plain sentence of what
 * happens in practice and why, with the section cited, and at the end the things to notice, in
 * Finnish, Swedish or English.
 * <p>
 * The language is {@code --lang fi|sv|en} from the program's arguments, else the default locale if
 * it is Finnish or Swedish, else English. The sentences live in {@code lessons*.properties} beside
 * this class, so that a teacher can read and correct them without reading Java.
 */
final class Lessons {

    private final String program;
    private final Locale locale;
    private final Properties texts;

    private Lessons(String program, Locale locale, Properties texts) {
        this.program = program;
        this.locale = locale;
        this.texts = texts;
    }

    /**
     * Obtains the lessons of one program in the language its arguments or the locale ask for.
     *
     * @param number  the program's number, 1 to 99
     * @param args  the program's arguments, not null
     * @return the lessons, not null
     */
    static Lessons of(int number, String[] args) {
        Locale locale = language(args);
        String suffix = locale.getLanguage().equals("en") ? "" : "_" + locale.getLanguage();
        Properties texts = new Properties();
        try (InputStream in = Lessons.class.getResourceAsStream("lessons" + suffix + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lessons(String.format(Locale.ROOT, "%02d", number), locale, texts);
    }

    /**
     * Gets the language from {@code --lang} in the arguments, else the default locale.
     *
     * @param args  the arguments, not null
     * @return Finnish, Swedish or English, not null
     */
    static Locale language(String[] args) {
        String tag = Locale.getDefault().getLanguage();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--lang")) {
                tag = args[i + 1];
            }
        }
        return tag.equals("fi") || tag.equals("sv") ? Locale.forLanguageTag(tag) : Locale.ENGLISH;
    }

    /**
     * Gets the language of the lessons, also used for violation messages.
     *
     * @return the locale, not null
     */
    Locale locale() {
        return locale;
    }

    /**
     * Prints the sentence before step {@code n}.
     *
     * @param n  the step number
     */
    void step(int n) {
        System.out.println("[" + texts.getProperty("heading.step") + " " + n + "] " + text(program + ".step." + n));
    }

    /** Prints the things to notice, one a line. */
    void notices() {
        System.out.println(texts.getProperty("heading.notice") + ":");
        for (int n = 1; texts.containsKey(program + ".notice." + n); n++) {
            System.out.println("  - " + text(program + ".notice." + n));
        }
    }

    private String text(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("No lesson " + key + " in " + locale);
        }
        return text;
    }
}

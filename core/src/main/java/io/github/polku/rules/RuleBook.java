package io.github.polku.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The history of legal numbers: rule sets ordered by the date from which they apply (fi:
 * sääntökirja, sv: regelbok).
 * <p>
 * {@link #finland()} holds the numbers of the Finnish statutes as of the snapshot documented in
 * its data file. A law change is a new entry in that data, or in a book an application loads
 * with {@link #load(Reader)}. The data format is a properties file whose keys are
 * {@code <effective date>.<LegalNumber name>} and {@code <effective date>.source}; each entry
 * lists only what changed, and inherits the rest from the entry before it:
 * <pre>
 * 2015-04-01.source=Social Welfare Act 1301/2014; Act 189/2001 ...
 * 2015-04-01.RWA_MAX_DAYS_PER_WEEK=5
 * ...
 * 2015-07-01.source=Act 189/2001 as amended from 1.7.2015
 * 2015-07-01.RWA_MAX_DAYS_PER_WEEK=4
 * </pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class RuleBook {

    private static final class Finland {
        static final RuleBook INSTANCE = loadResource("finland-rules.properties");
    }

    private final List<RuleSet> ruleSets;

    private RuleBook(List<RuleSet> ruleSets) {
        this.ruleSets = ruleSets;
    }

    /**
     * Obtains the built-in rule book of the Finnish statutes.
     *
     * @return the Finnish rule book, not null
     */
    public static RuleBook finland() {
        return Finland.INSTANCE;
    }

    /**
     * Obtains a rule book of the given rule sets.
     *
     * @param ruleSets  the rule sets, not null, not empty, with distinct effective dates
     * @return the rule book, not null
     * @throws IllegalArgumentException if the list is empty or two sets share a date
     */
    public static RuleBook of(List<RuleSet> ruleSets) {
        if (ruleSets.isEmpty()) {
            throw new IllegalArgumentException("A rule book needs at least one rule set");
        }
        List<RuleSet> sorted = new ArrayList<>(ruleSets);
        sorted.sort(Comparator.comparing(RuleSet::getEffectiveFrom));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).getEffectiveFrom().equals(sorted.get(i - 1).getEffectiveFrom())) {
                throw new IllegalArgumentException("Two rule sets take effect on " + sorted.get(i).getEffectiveFrom());
            }
        }
        return new RuleBook(List.copyOf(sorted));
    }

    /**
     * Reads a rule book from properties text in the format described above.
     *
     * @param reader  the properties text, not null
     * @return the rule book, not null
     * @throws IllegalArgumentException if a key, date or number is malformed, or the first entry
     *     does not give every {@link LegalNumber}
     * @throws UncheckedIOException if the reader fails
     */
    public static RuleBook load(Reader reader) {
        Properties properties = new Properties();
        try {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<LocalDate, Map<String, String>> entries = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            int dot = key.indexOf('.');
            if (dot < 0) {
                throw new IllegalArgumentException("Rule book key without a date: " + key);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(key.substring(0, dot));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Rule book key with a malformed date: " + key, e);
            }
            entries.computeIfAbsent(date, d -> new TreeMap<>()).put(key.substring(dot + 1), properties.getProperty(key));
        }
        List<RuleSet> sets = new ArrayList<>();
        Map<LegalNumber, BigDecimal> current = new EnumMap<>(LegalNumber.class);
        String source = null;
        for (Map.Entry<LocalDate, Map<String, String>> entry : entries.entrySet()) {
            for (Map.Entry<String, String> value : entry.getValue().entrySet()) {
                if (value.getKey().equals("source")) {
                    source = value.getValue().trim();
                    continue;
                }
                LegalNumber number;
                try {
                    number = LegalNumber.valueOf(value.getKey());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Unknown legal number " + value.getKey() + " in entry " + entry.getKey(), e);
                }
                try {
                    current.put(number, new BigDecimal(value.getValue().trim()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Malformed number for " + number + " in entry " + entry.getKey(), e);
                }
            }
            if (source == null) {
                throw new IllegalArgumentException("Rule book entry " + entry.getKey() + " has no source");
            }
            sets.add(RuleSet.builder().effectiveFrom(entry.getKey()).source(source).putAllValues(current).build());
        }
        return of(sets);
    }

    private static RuleBook loadResource(String name) {
        try (InputStream in = RuleBook.class.getResourceAsStream(name)) {
            Objects.requireNonNull(in, name);
            return load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gets the rule sets, oldest first.
     *
     * @return the rule sets, not null, not empty
     */
    public List<RuleSet> getRuleSets() {
        return ruleSets;
    }

    /**
     * Gets the rule set in force on a date: the latest one whose effective date is not after it.
     * A date before the first rule set gets the first rule set.
     *
     * @param date  the date the rule concerns, not null
     * @return the rule set in force, not null
     */
    public RuleSet getEffective(LocalDate date) {
        Objects.requireNonNull(date, "date");
        RuleSet found = ruleSets.get(0);
        for (RuleSet set : ruleSets) {
            if (set.getEffectiveFrom().isAfter(date)) {
                break;
            }
            found = set;
        }
        return found;
    }

    @Override
    public String toString() {
        List<LocalDate> dates = new ArrayList<>();
        ruleSets.forEach(s -> dates.add(s.getEffectiveFrom()));
        return "RuleBook" + dates;
    }
}

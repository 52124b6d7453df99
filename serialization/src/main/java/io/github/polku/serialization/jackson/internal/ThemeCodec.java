package io.github.polku.serialization.jackson.internal;

import io.github.polku.codevelopment.CoDevelopmentProcess;
import io.github.polku.codevelopment.Idea;
import io.github.polku.codevelopment.Session;
import io.github.polku.codevelopment.Theme;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * GH-14: the themes of co-development on the wire. A theme with its labels declares a theme; a
 * theme with its code alone refers to a built-in theme or to one the process declares in
 * {@code themes}, and the references of a process are resolved when it is read.
 */
final class ThemeCodec {

    /** GH-14: a theme referred to by its code, neither built in nor declared by the process. */
    static final String THEME_UNDECLARED = "polku.codevelopment.theme.undeclared";

    /** The labels of a theme read by its code alone, until it is resolved; compared by identity. */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String REFERENCE = new String("(reference)");

    private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private static final Locale FI = Locale.forLanguageTag("fi");

    private final Descriptors registry;
    private final Prop<String> code;
    private final List<Prop<String>> labels = new ArrayList<>();

    private ThemeCodec(Descriptors registry) {
        this.registry = registry;
        DescriptorBuilder<Theme> theme = registry.describe(Theme.class);
        code = theme.required("code", Kinds.STRING, Theme::getCode);
        for (String language : LANGUAGES) {
            labels.add(theme.optional(language, Kinds.STRING, t -> label(t, language)));
        }
        theme.register(this::theme);
    }

    static void register(Descriptors r) {
        ThemeCodec codec = new ThemeCodec(r);
        r.before(CoDevelopmentProcess.class, codec::resolveThemes);
        r.refine(Theme.class, t -> {
            Descriptors.pattern(t, "code", Descriptors.CODE_PATTERN, Descriptors.MAX_CODE_LENGTH);
            ObjectNode dependencies = t.putObject("dependentRequired");
            for (String language : LANGUAGES) {
                ArrayNode others = dependencies.putArray(language);
                LANGUAGES.stream().filter(l -> !l.equals(language)).forEach(others::add);
            }
        });
    }

    /** The labels of a theme, written unless it is a built-in theme (then its code says it all). */
    private static Optional<String> label(Theme theme, String language) {
        if (Theme.findBuiltIn(theme.getCode()).filter(theme::equals).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(theme.getLabel(Locale.forLanguageTag(language)));
    }

    /** A theme declared with all its labels, a reference by its code alone, or missing some labels. */
    private Theme theme(Values v) {
        String themeCode = v.get(code);
        if (labels.stream().allMatch(l -> v.get(l) == null)) {
            return Theme.findBuiltIn(themeCode).orElseGet(() -> Theme.of(themeCode, REFERENCE, REFERENCE, REFERENCE));
        }
        List<Violation> missing = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (v.get(labels.get(i)) == null) {
                missing.add(Violation.error(JsonCodes.REQUIRED, "/" + LANGUAGES.get(i), Map.of()));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidValueException(missing);
        }
        return Theme.of(themeCode, v.get(labels.get(0)), v.get(labels.get(1)), v.get(labels.get(2)));
    }

    private static boolean isReference(Theme theme) {
        return theme.getLabel(FI) == REFERENCE;
    }

    /**
     * Resolves the theme references of a co-development process, in its sessions and ideas, to
     * the themes it declares, or reports {@value #THEME_UNDECLARED} at the reference's code.
     */
    private Values resolveThemes(Values v) {
        TypeDescriptor process = registry.of(CoDevelopmentProcess.class);
        Collection<Theme> themes = v.getOrDefault(process.<Collection<Theme>>prop("themes"), List.of());
        Map<String, Theme> declared = new LinkedHashMap<>();
        themes.stream().filter(t -> !isReference(t)).forEach(t -> declared.putIfAbsent(t.getCode(), t));
        List<Violation> problems = new ArrayList<>();
        int i = 0;
        for (Theme theme : themes) {
            if (isReference(theme)) {
                problems.add(Violation.error(THEME_UNDECLARED, "/themes/" + i + "/code", Map.of()));
            }
            i++;
        }
        Values resolved = resolveIn(v, process.prop("sessions"), Session.class, Session::getTheme, declared, problems);
        resolved = resolveIn(resolved, process.prop("ideas"), Idea.class, Idea::getTheme, declared, problems);
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems);
        }
        return resolved;
    }

    /** Resolves the theme of each item of a list property: the item rebuilt with the declared theme. */
    private <T> Values resolveIn(Values v, Prop<Collection<T>> items, Class<T> type, Function<T, Optional<Theme>> themeOf,
            Map<String, Theme> declared, List<Violation> problems) {
        Collection<T> read = v.get(items);
        if (read == null) {
            return v;
        }
        TypeDescriptor item = registry.of(type);
        Prop<Theme> themeProp = item.prop("theme");
        List<T> resolved = new ArrayList<>();
        int i = 0;
        for (T t : read) {
            Optional<Theme> theme = resolve(themeOf.apply(t), declared, "/" + items.name() + "/" + i++ + "/theme/code", problems);
            resolved.add(theme == themeOf.apply(t) ? t
                    : type.cast(item.factory().apply(Values.of(item, t).with(themeProp, theme.get()))));
        }
        return v.with(items, resolved);
    }

    /** The declared theme a reference names, or {@code theme} itself (the same instance) if it is no reference. */
    private static Optional<Theme> resolve(Optional<Theme> theme, Map<String, Theme> declared, String pointer, List<Violation> problems) {
        if (theme.isEmpty() || !isReference(theme.get())) {
            return theme;
        }
        Theme found = declared.get(theme.get().getCode());
        if (found == null) {
            problems.add(Violation.error(THEME_UNDECLARED, pointer, Map.of()));
            return theme;
        }
        return Optional.of(found);
    }
}

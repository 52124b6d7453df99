package io.github.polku.spring;

import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Turns a Polku {@link ValidationReport} into an RFC 9457 {@link ProblemDetail} (fi:
 * ongelmakuvaus, sv: problembeskrivning) of the same shape as
 * {@code io.github.polku.serialization.jackson.ProblemDetails} writes, with the texts in Finnish,
 * Swedish or English: {@code type}, {@code title}, {@code status} 422, {@code detail} (the counts),
 * and the extension member {@code violations}, an array of
 * {@code {code, severity, pointer, arguments, detail}}.
 * <pre>{@code
 * @ExceptionHandler(MyException.class)
 * ProblemDetail handle(MyException e, Locale locale) {
 *     return PolkuProblems.of(e.getReport(), PolkuProblems.language(locale));
 * }
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class PolkuProblems {

    /** The problem type URI of a Polku validation problem, as in polku-serialization. */
    public static final URI TYPE = URI.create("https://polku.github.io/problems/validation");

    private static final Locale FINNISH = Locale.forLanguageTag("fi");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private PolkuProblems() {
    }

    /**
     * Chooses the language of the answer: Finnish, Swedish or else English.
     *
     * @param requested  the locale the client asked for, null for none
     * @return {@code fi}, {@code sv} or {@code en}, not null
     */
    public static Locale language(Locale requested) {
        if (requested != null && requested.getLanguage().equals("fi")) {
            return FINNISH;
        }
        if (requested != null && requested.getLanguage().equals("sv")) {
            return SWEDISH;
        }
        return Locale.ENGLISH;
    }

    /**
     * Chooses the first of the client's languages (in its order of preference) that Polku speaks.
     *
     * @param requested  the locales from {@code Accept-Language}, best first, not null
     * @return {@code fi}, {@code sv} or {@code en}, not null
     */
    public static Locale language(Iterable<Locale> requested) {
        for (Locale locale : requested) {
            String language = locale.getLanguage();
            if (language.equals("fi") || language.equals("sv") || language.equals("en")) {
                return language(locale);
            }
        }
        return Locale.ENGLISH;
    }

    /**
     * Builds the problem details of a report with at least one error.
     *
     * @param report  the report, not null
     * @param locale  the language of the texts ({@code fi}, {@code sv}, else English), not null
     * @return the problem details, status 422, not null
     */
    public static ProblemDetail of(ValidationReport report, Locale locale) {
        Objects.requireNonNull(report, "report");
        Locale language = language(Objects.requireNonNull(locale, "locale"));
        Map<Severity, Integer> counts = report.countBySeverity();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                detail(language, counts.get(Severity.ERROR), counts.get(Severity.WARNING), counts.get(Severity.INFO)));
        problem.setType(TYPE);
        problem.setTitle(title(language));
        List<Map<String, Object>> violations = new ArrayList<>();
        for (Violation v : report.getViolations()) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("code", v.getCode());
            member.put("severity", v.getSeverity().name());
            member.put("pointer", v.getPath());
            if (!v.getArguments().isEmpty()) {
                member.put("arguments", v.getArguments());
            }
            member.put("detail", v.getMessage(language));
            violations.add(member);
        }
        problem.setProperty("violations", violations);
        return problem;
    }

    private static String title(Locale language) {
        switch (language.getLanguage()) {
            case "fi":
                return "Tieto ei ole kelvollinen";
            case "sv":
                return "Uppgifterna är inte giltiga";
            default:
                return "The document is not valid";
        }
    }

    private static String detail(Locale language, int errors, int warnings, int notes) {
        switch (language.getLanguage()) {
            case "fi":
                return "virheitä " + errors + ", varoituksia " + warnings + ", huomautuksia " + notes;
            case "sv":
                return errors + " fel, " + warnings + " varning(ar), " + notes + " anmärkning(ar)";
            default:
                return errors + " error(s), " + warnings + " warning(s), " + notes + " note(s)";
        }
    }
}

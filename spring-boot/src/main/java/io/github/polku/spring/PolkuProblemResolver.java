package io.github.polku.spring;

import io.github.polku.serialization.jackson.DocumentReadException;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers Polku's problems with RFC 9457 problem details: a {@link DocumentReadException} or an
 * {@link InvalidValueException} (thrown by a controller, or the cause of an unreadable request body
 * read through {@code PolkuModule}), and a failed {@code @Valid} on a Polku value
 * ({@link MethodArgumentNotValidException} whose target is a Polku type). Every other exception is
 * left to the application's own handlers: this resolver then returns {@code null}.
 */
final class PolkuProblemResolver implements HandlerExceptionResolver, Ordered {

    private static final String MEDIA_TYPE = "application/problem+json";
    private static final int MAX_CAUSES = 16;

    private final ObjectProvider<JsonMapper> mapperProvider;

    PolkuProblemResolver(ObjectProvider<JsonMapper> mapperProvider) {
        this.mapperProvider = mapperProvider;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        ValidationReport report = report(ex);
        if (report == null || response.isCommitted()) {
            return null;
        }
        Locale language = request.getHeader("Accept-Language") == null ? Locale.ENGLISH
                : PolkuProblems.language(Collections.list(request.getLocales()));
        ProblemDetail problem = PolkuProblems.of(report, language);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance().toString());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", language.getLanguage());
        try {
            response.getOutputStream().write(mapperProvider.getIfAvailable(JsonMapper::shared).writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    /** The Polku report of an exception, or null if the exception is not Polku's. */
    static ValidationReport report(Exception ex) {
        if (ex instanceof MethodArgumentNotValidException) {
            return report(((MethodArgumentNotValidException) ex).getBindingResult());
        }
        Throwable t = ex;
        for (int i = 0; t != null && i < MAX_CAUSES; i++, t = t.getCause()) {
            if (t instanceof DocumentReadException && ((DocumentReadException) t).getReport() != null) {
                return ((DocumentReadException) t).getReport();
            }
            if (t instanceof InvalidValueException) {
                return ValidationReport.of(((InvalidValueException) t).getViolations());
            }
        }
        return null;
    }

    private static ValidationReport report(BindingResult result) {
        Object target = result.getTarget();
        if (target == null || !target.getClass().getName().startsWith("io.github.polku.")) {
            return null;
        }
        List<Violation> violations = new ArrayList<>();
        for (ObjectError error : result.getAllErrors()) {
            if (!error.contains(ConstraintViolation.class)) {
                return null;
            }
            violations.add(Violation.from(error.unwrap(ConstraintViolation.class)));
        }
        return violations.isEmpty() ? null : ValidationReport.of(violations);
    }
}

package io.github.polku.cli;

import io.github.polku.serialization.jackson.PolkuJson;
import io.github.polku.validation.Violation;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The machine-readable output of {@code polku validate --format json}: one JSON object per document
 * and line (NDJSON), in the documented shape
 * {@code {"file", "index", "line"?, "valid", "violations": [{"code", "severity", "pointer", "arguments",
 * "message"}]}}.
 * There is no totals line, so that every line has the same shape.
 */
final class JsonPrinter extends LinePrinter {

    private final Locale locale;

    JsonPrinter(PrintStream out, Language language) {
        super(out);
        this.locale = language.locale();
    }

    @Override
    String line(Outcome outcome) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("file", outcome.source());
        document.put("index", outcome.index());
        if (outcome.line() > 0) {
            document.put("line", outcome.line());
        }
        document.put("valid", outcome.report().isValid());
        List<Map<String, Object>> violations = new ArrayList<>();
        for (Violation v : outcome.report().getViolations()) {
            Map<String, Object> violation = new LinkedHashMap<>();
            violation.put("code", v.getCode());
            violation.put("severity", v.getSeverity().name());
            violation.put("pointer", v.getPath());
            // GH-18: the arguments (limit, allowed codes, expected type), so that programs need not parse messages
            violation.put("arguments", new TreeMap<>(v.getArguments()));
            violation.put("message", v.getMessage(locale));
            violations.add(violation);
        }
        document.put("violations", violations);
        return PolkuJson.mapper().writeValueAsString(document);
    }
}

package io.github.polku.cli;

import io.github.polku.serialization.jackson.PolkuJson;
import io.github.polku.validation.Severity;
import io.github.polku.validation.Violation;
import java.io.File;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * GH-18: {@code polku validate --format sarif}: one SARIF 2.1.0 log (OASIS Static Analysis Results
 * Interchange Format) with one run of the tool {@code polku}: a result per violation, located by the
 * file (a {@code physicalLocation} without a region, as JSON has no lines that matter here) and the JSON
 * Pointer (a {@code logicalLocation} whose {@code fullyQualifiedName} is the pointer, of kind
 * {@code object} for the whole document and {@code property} below it); the rules are the violation codes
 * seen, each with its text in Finnish, Swedish and English. The results are written as the documents are
 * checked; the rules, which JSON lets follow them, at the end.
 */
final class SarifPrinter implements Printer {

    /** The SARIF version written. */
    static final String VERSION = "2.1.0";
    /** The URI of the SARIF 2.1.0 JSON schema, as the specification names it. */
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";

    private static final Locale FI = Locale.forLanguageTag("fi");
    private static final Locale SV = Locale.forLanguageTag("sv");

    private final PrintStream out;
    private final Locale locale;
    private final Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    private final Map<String, Severity> ruleSeverity = new LinkedHashMap<>();
    private boolean first = true;

    SarifPrinter(PrintStream out, Language language) {
        this.out = out;
        this.locale = language.locale();
        out.print("{\"$schema\":\"" + SCHEMA + "\",\"version\":\"" + VERSION + "\",\"runs\":[{\"results\":[");
    }

    @Override
    public void print(Outcome outcome) {
        for (Violation v : outcome.report().getViolations()) {
            Integer index = ruleIndex.get(v.getCode());
            if (index == null) {
                index = ruleIndex.size();
                ruleIndex.put(v.getCode(), index);
                ruleSeverity.put(v.getCode(), v.getSeverity());
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ruleId", v.getCode());
            result.put("ruleIndex", index);
            result.put("level", level(v.getSeverity()));
            result.put("message", Map.of("text", v.getMessage(locale)));
            Map<String, Object> logical = new LinkedHashMap<>();
            logical.put("fullyQualifiedName", v.getPath());
            logical.put("kind", v.getPath().isEmpty() ? "object" : "property");
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("physicalLocation", Map.of("artifactLocation", Map.of("uri", uri(outcome.source()))));
            location.put("logicalLocations", List.of(logical));
            result.put("locations", List.of(location));
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("file", outcome.source());
            properties.put("documentIndex", outcome.index());
            if (outcome.line() > 0) {
                properties.put("line", outcome.line());
            }
            properties.put("pointer", v.getPath());
            properties.put("arguments", new TreeMap<>(v.getArguments()));
            result.put("properties", properties);
            out.print((first ? "" : ",") + PolkuJson.mapper().writeValueAsString(result));
            first = false;
        }
    }

    @Override
    public void finish(Totals totals) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (String code : ruleIndex.keySet()) {
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", code);
            rule.put("shortDescription", Map.of("text", template(code, locale)));
            rule.put("defaultConfiguration", Map.of("level", level(ruleSeverity.get(code))));
            Map<String, Object> texts = new LinkedHashMap<>();
            texts.put("fi", template(code, FI));
            texts.put("sv", template(code, SV));
            texts.put("en", template(code, Locale.ENGLISH));
            rule.put("properties", Map.of("messages", texts));
            rules.add(rule);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "polku");
        driver.put("semanticVersion", VersionProvider.version());
        driver.put("informationUri", "https://github.com/polku/polku");
        driver.put("rules", rules);
        out.print("],\"tool\":" + PolkuJson.mapper().writeValueAsString(Map.of("driver", driver)));
        out.print(",\"columnKind\":\"unicodeCodePoints\"}]}");
        out.println();
        out.flush();
    }

    /** The text of a code without its arguments: the placeholders stay as {@code {name}}. */
    static String template(String code, Locale locale) {
        return Violation.error(code, "", Map.of()).getMessage(locale);
    }

    static String level(Severity severity) {
        switch (severity) {
            case ERROR:
                return "error";
            case WARNING:
                return "warning";
            default:
                return "note";
        }
    }

    /** The file as a relative or absolute URI reference; standard input is {@code stdin}. */
    static String uri(String file) {
        if ("-".equals(file)) {
            return "stdin";
        }
        String path = File.separatorChar == '/' ? file : file.replace(File.separatorChar, '/');
        try {
            if (path.startsWith("/")) {
                return new URI("file", "", path, null).toASCIIString();
            }
            // a colon in the first segment would read as a scheme
            String segment = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
            return new URI(null, null, segment.contains(":") ? "./" + path : path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return "unnamed";
        }
    }
}

package io.github.polku.serialization.jackson.internal;

import io.github.polku.internal.validation.Identifiers;
import io.github.polku.internal.validation.Messages;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;

/**
 * The wire format of a {@code VALIDATION_REPORT} document (GH-6): its violations, and its
 * validity and counts, which are derived, written, and checked against the violations when read.
 */
final class ReportCodec {

    private static final Locale FI = Locale.forLanguageTag("fi");
    private static final Locale SV = Locale.forLanguageTag("sv");

    private ReportCodec() {
    }

    static void register(Descriptors r) {
        DescriptorBuilder<Violation> violation = r.describe(Violation.class);
        Prop<String> code = violation.required("code", Kinds.STRING, Violation::getCode);
        Prop<Severity> severity = violation.required("severity", r.code(Severity.class), Violation::getSeverity);
        Prop<String> pointer = violation.required("pointer", Kinds.STRING, Violation::getPath);
        Prop<Map<String, String>> arguments = violation.defaulted("arguments", new MapKind(false, Kinds.STRING),
                Violation::getArguments);
        // The message is derived from the code and arguments; a receiver renders its own.
        violation.defaulted("message", new TextsKind(), ReportCodec::message);
        violation.register(v -> violation(v.get(code), v.get(severity), v.get(pointer), v.getOrDefault(arguments, Map.of())));

        DescriptorBuilder<ValidationReport> report = r.describe(ValidationReport.class);
        Prop<Boolean> valid = report.defaulted("valid", Kinds.BOOLEAN, ValidationReport::isValid);
        Prop<Map<Severity, Integer>> counts = report.defaulted("counts", new MapKind(r.codes(Severity.class), Kinds.INTEGER),
                ValidationReport::countBySeverity);
        Prop<Collection<Violation>> violations = report.required("violations", new ListKind(r.object(Violation.class), false),
                ValidationReport::getViolations);
        report.register(v -> report(v.get(valid), v.get(counts), v.get(violations)));

        r.refine(Violation.class, t -> {
            Descriptors.pattern(t, "code", Descriptors.MESSAGE_CODE_PATTERN, 0);
            Descriptors.pattern(t, "pointer", Descriptors.POINTER_PATTERN, 0);
            // GH-14: a received violation carries only the argument names Polku's messages know
            ArrayNode names = Descriptors.property(t, "arguments").putObject("propertyNames").putArray("enum");
            Messages.argumentNames().forEach(names::add);
        });
    }

    private static Violation violation(String code, Severity severity, String pointer, Map<String, String> arguments) {
        // GH-21: a received report is checked like any other document: its pointer and arguments
        // hold no identity code, and only argument names that Polku's messages know
        List<Violation> problems = new ArrayList<>();
        if (Identifiers.holdsIdentityCode(pointer)) {
            problems.add(Violation.error(Identifiers.IDENTITY_CODE, "/pointer", Map.of("kind", "pointer")));
        }
        arguments.forEach((name, value) -> {
            if (!Messages.argumentNames().contains(name)) {
                // the name is input: repeated in the pointer only if plausible, as any property name
                String at = ReadContext.isPlausibleName(name) ? "/arguments/" + pointerSegment(name) : "/arguments";
                problems.add(Violation.error(JsonCodes.UNKNOWN_PROPERTY, at, Map.of()));
            } else if (Identifiers.holdsIdentityCode(value)) {
                problems.add(Violation.error(Identifiers.IDENTITY_CODE, "/arguments/" + name, Map.of("kind", "arguments")));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems);
        }
        return Violation.builder().code(code).severity(severity).path(pointer).putAllArguments(arguments).build();
    }

    /** A map key as a JSON Pointer segment; the read context cuts it if it is not plausible. */
    private static String pointerSegment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static Map<String, String> message(Violation v) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("fi", v.getMessage(FI));
        texts.put("sv", v.getMessage(SV));
        texts.put("en", v.getMessage(Locale.ENGLISH));
        return texts;
    }

    private static ValidationReport report(Boolean valid, Map<Severity, Integer> counts, Collection<Violation> violations) {
        ValidationReport report = ValidationReport.of(violations == null ? List.of() : List.copyOf(violations));
        List<Violation> problems = new ArrayList<>();
        if (valid != null && valid != report.isValid()) {
            problems.add(Violation.error(JsonCodes.CONTRADICTION, "/valid", Map.of("expected", Boolean.toString(report.isValid()))));
        }
        if (counts != null) {
            report.countBySeverity().forEach((s, count) -> {
                if (!count.equals(counts.getOrDefault(s, 0))) {
                    problems.add(Violation.error(JsonCodes.CONTRADICTION, "/counts/" + s.name(),
                            Map.of("expected", Integer.toString(count))));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidValueException(problems);
        }
        return report;
    }
}

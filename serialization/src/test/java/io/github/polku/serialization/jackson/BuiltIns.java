package io.github.polku.serialization.jackson;

import io.github.polku.client.Organiser;
import io.github.polku.codevelopment.Theme;
import io.github.polku.measurement.Dimension;
import io.github.polku.measurement.Instrument;
import io.github.polku.measurement.Instruments;
import io.github.polku.measurement.Scale;
import io.github.polku.quality.CriterionEvaluator;
import io.github.polku.quality.EvaluatorRegistry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * GH-14: the items that documents refer to by code and that Polku ships, for docs/FORMAT.md, from
 * the code: organisers, themes, instruments with their dimensions and scales, evaluators.
 */
final class BuiltIns {

    private static final Locale FI = Locale.forLanguageTag("fi");
    private static final Locale SV = Locale.forLanguageTag("sv");

    private BuiltIns() {
    }

    static void append(StringBuilder sb) {
        sb.append("\n## Organisers\n\nAn organiser (`type`, `code`) of type `WELLBEING_SERVICES_COUNTY` or `CITY_OF_HELSINKI` is one of"
                + " these, the organisers of social welfare since 1 January 2023; a `MUNICIPALITY` has its three-digit"
                + " municipality number as code (before 2023) and a `JOINT_MUNICIPAL_AUTHORITY` an identifier.\n\n"
                + "| code | type | fi | sv | en |\n|---|---|---|---|---|\n");
        for (Organiser o : Organiser.since2023()) {
            sb.append("| `").append(o.getCode()).append("` | `").append(o.getType().name()).append("` | ").append(o.getName(FI))
                    .append(" | ").append(o.getName(SV)).append(" | ").append(o.getName(Locale.ENGLISH)).append(" |\n");
        }
        sb.append("\n## Built-in themes\n\nA co-development process, session or idea refers to these by their code alone"
                + " (`{\"code\": \"GROUP_ACTIVITIES\"}`); other themes are declared in the process's `themes` with all three"
                + " labels.\n\n| code | fi | sv | en |\n|---|---|---|---|\n");
        for (Theme t : Theme.builtIn()) {
            sb.append("| `").append(t.getCode()).append("` | ").append(t.getLabel(FI)).append(" | ").append(t.getLabel(SV))
                    .append(" | ").append(t.getLabel(Locale.ENGLISH)).append(" |\n");
        }
        sb.append("\n## Built-in instruments\n\nA measurement's `instrumentId` names one of these or an instrument of the"
                + " path's `instruments`; its `scores` are by dimension code, each within the dimension's scale"
                + " (from `min` to `max` in steps of `step`, or one of the special values).\n");
        for (Instrument i : List.of(Instruments.perceivedWorkAbility(), Instruments.icfQualifiers())) {
            sb.append("\n### `").append(i.getId().getValue()).append("` (version `").append(i.getVersion()).append("`)\n\n")
                    .append(names(i.getNames())).append(". Source: ").append(i.getSource()).append(".\n\n")
                    .append("| dimension | fi | sv | en | scale |\n|---|---|---|---|---|\n");
            for (Dimension d : i.getDimensions()) {
                sb.append("| `").append(d.getCode()).append("` | ").append(d.getNames().getOrDefault("fi", "")).append(" | ")
                        .append(d.getNames().getOrDefault("sv", "")).append(" | ").append(d.getNames().getOrDefault("en", ""))
                        .append(" | ").append(scale(d.getScale())).append(" |\n");
            }
        }
        sb.append("\n## Built-in evaluators\n\nAn automatic quality criterion (`assessment.kind` `AUTOMATIC`) names one of these"
                + " as `evaluatorId`, has the evaluator's subject kind as `subjectKind`, and may set its parameters"
                + " (defaults shown).\n\n| evaluatorId | subjectKind | parameters |\n|---|---|---|\n");
        EvaluatorRegistry registry = EvaluatorRegistry.builtIn();
        for (String id : new TreeSet<>(registry.getIds())) {
            CriterionEvaluator<?> e = registry.find(id).orElseThrow();
            Map<String, String> parameters = e.getDefaultParameters();
            sb.append("| `").append(id).append("` | `").append(e.getSubjectKind().name()).append("` | ")
                    .append(parameters.isEmpty() ? "none" : new java.util.TreeMap<>(parameters).entrySet().stream()
                            .map(p -> "`" + p.getKey() + "` = `" + p.getValue() + "`").collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
    }

    private static String names(Map<String, String> names) {
        return names.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }

    private static String scale(Scale s) {
        String text = plain(s.getMin()) + " to " + plain(s.getMax()) + ", step " + plain(s.getStep()) + ", `"
                + s.getDirection().name() + "`";
        if (!s.getSpecialValues().isEmpty()) {
            text += ", special values " + s.getSpecialValues().stream().sorted().map(BuiltIns::plain).collect(Collectors.joining(", "));
        }
        return text;
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}

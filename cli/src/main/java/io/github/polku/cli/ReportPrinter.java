package io.github.polku.cli;

import io.github.polku.measurement.ChangeOutcome;
import io.github.polku.path.Destination;
import io.github.polku.path.Stage;
import io.github.polku.serialization.jackson.PolkuJson;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Cohort} as text, JSON or one self-contained HTML page with inline SVG charts.
 */
final class ReportPrinter {

    /** The ids of the four charts in the HTML page, in order. */
    static final List<String> CHARTS = List.of("stages", "destinations", "changes", "criteria");

    private final PrintStream out;
    private final Language language;
    private final CliText text;

    ReportPrinter(PrintStream out, Language language) {
        this.out = out;
        this.language = language;
        this.text = CliText.of(language);
    }

    private String evaluated(Cohort.Evaluation e) {
        return text.get("report.framework", "framework", e.frameworkName + " (" + e.frameworkId + " "
                + e.frameworkVersion + ")", "date", e.evaluatedOn);
    }

    private String summary(Cohort cohort, long invalid) {
        return text.get("report.summary", "paths", cohort.paths(), "closed", cohort.closed(),
                "open", cohort.paths() - cohort.closed(), "invalid", invalid);
    }

    // ------------------------------------------------------------------ text

    void text(Cohort cohort, long invalid) {
        out.println(text.get("report.title"));
        out.println(summary(cohort, invalid));
        cohort.evaluation().ifPresent(e -> out.println(evaluated(e)));
        section(text.get("report.stages"));
        cohort.stagesReached().forEach((stage, n) -> row(text.get("stage." + stage.name()), Long.toString(n)));
        section(text.get("report.destinations"));
        if (cohort.destinations().isEmpty()) {
            out.println("  " + text.get("report.none"));
        }
        cohort.destinations().forEach((d, n) -> row(text.get("destination." + d.name()), Long.toString(n)));
        section(text.get("report.changes"));
        if (cohort.changes().isEmpty()) {
            out.println("  " + text.get("report.none"));
        }
        cohort.changes().forEach((label, outcomes) -> {
            List<String> parts = new ArrayList<>();
            outcomes.forEach((o, n) -> parts.add(text.get("change." + o.name()) + " " + n));
            row(label, String.join(", ", parts));
        });
        section(text.get("report.criteria"));
        if (cohort.criteria().isEmpty()) {
            out.println("  " + text.get("report.noCriteria"));
        }
        List<String> outcomes = criterionOutcomes();
        for (Cohort.CriterionRow c : cohort.criteria()) {
            if (c.byPerson) {
                row(c.code + " " + c.name, text.get("report.byPersonShort"));
                continue;
            }
            long[] counts = c.counts();
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < counts.length; i++) {
                parts.add(outcomes.get(i) + " " + counts[i]);
            }
            row(c.code + " " + c.name, String.join(", ", parts));
        }
        out.flush();
    }

    private List<String> criterionOutcomes() {
        return List.of(text.get("criterion.met"), text.get("criterion.partlyMet"), text.get("criterion.notMet"),
                text.get("criterion.insufficientData"), text.get("criterion.notApplicable"));
    }

    private void section(String title) {
        out.println();
        out.println(title);
    }

    private void row(String label, String value) {
        out.println("  " + label + ": " + value);
    }

    // ------------------------------------------------------------------ JSON

    void json(Cohort cohort, long invalid) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("paths", cohort.paths());
        root.put("closed", cohort.closed());
        root.put("invalidDocuments", invalid);
        cohort.evaluation().ifPresent(e -> {
            Map<String, Object> framework = new LinkedHashMap<>();
            framework.put("id", e.frameworkId);
            framework.put("version", e.frameworkVersion);
            root.put("framework", framework);
            root.put("evaluatedOn", e.evaluatedOn.toString());
        });
        Map<String, Object> stages = new LinkedHashMap<>();
        cohort.stagesReached().forEach((s, n) -> stages.put(s.name(), n));
        root.put("stagesReached", stages);
        Map<String, Object> destinations = new LinkedHashMap<>();
        cohort.destinations().forEach((d, n) -> destinations.put(d.name(), n));
        root.put("closuresByDestination", destinations);
        List<Object> changes = new ArrayList<>();
        cohort.changes().forEach((label, outcomes) -> {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("measure", label);
            outcomes.forEach((o, n) -> change.put(o.name(), n));
            changes.add(change);
        });
        root.put("changeScores", changes);
        List<Object> criteria = new ArrayList<>();
        for (Cohort.CriterionRow c : cohort.criteria()) {
            Map<String, Object> criterion = new LinkedHashMap<>();
            criterion.put("code", c.code);
            // GH-18: a criterion a person judges is not judged from the records
            criterion.put("assessedBy", c.byPerson ? "PERSON" : "RECORDS");
            criterion.put("met", c.met);
            criterion.put("partlyMet", c.partlyMet);
            criterion.put("notMet", c.notMet);
            criterion.put("insufficientData", c.insufficientData);
            criterion.put("notApplicable", c.notApplicable);
            criteria.add(criterion);
        }
        root.put("criteria", criteria);
        out.println(PolkuJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        out.flush();
    }

    // ------------------------------------------------------------------ HTML

    void html(Cohort cohort, long invalid) {
        String title = text.get("report.title");
        StringBuilder h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(language.locale().getLanguage()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;margin:2rem auto;")
                .append("max-width:62rem;padding:0 1rem;color:").append(Svg.TEXT).append(";background:")
                .append(Svg.BACKGROUND).append(";line-height:1.45}\n")
                .append("h1{font-size:1.6rem;margin-bottom:.3rem}h2{font-size:1.15rem;margin-top:2rem;")
                .append("border-bottom:1px solid #d0d7de;padding-bottom:.2rem}\n")
                .append("svg{max-width:100%;height:auto;font-size:13px}svg text{fill:").append(Svg.TEXT).append("}\n")
                .append("table{border-collapse:collapse;margin-top:.5rem;font-size:.9rem}")
                .append("caption{text-align:left;font-weight:600;padding:.2rem 0}")
                .append("td,th{padding:.15rem .6rem;border-bottom:1px solid #d0d7de;text-align:left}")
                .append("td.n,th.n{text-align:right}\n")
                .append(".summary{font-size:1.05rem}.note{color:#57606a;font-size:.9rem}\n")
                // GH-18: on paper every number stays; sections are not split across pages
                .append("@media print{body{max-width:none;margin:0;font-size:11pt}section{break-inside:avoid}")
                .append("h2{break-after:avoid}.note{color:").append(Svg.TEXT).append("}}\n")
                .append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<h1>").append(Html.escape(title)).append("</h1>\n");
        h.append("<p class=\"summary\">").append(Html.escape(summary(cohort, invalid))).append("</p>\n");
        cohort.evaluation().ifPresent(e -> h.append("<p>").append(Html.escape(evaluated(e))).append("</p>\n"));

        List<Svg.Bar> stages = new ArrayList<>();
        for (Map.Entry<Stage, Long> e : cohort.stagesReached().entrySet()) {
            stages.add(new Svg.Bar(text.get("stage." + e.getKey().name()), e.getValue()));
        }
        chart(h, "stages", text.get("report.stages"), stages, List.of(text.get("report.paths")),
                text.get("report.stagesNote"));

        List<Svg.Bar> destinations = new ArrayList<>();
        for (Map.Entry<Destination, Long> e : cohort.destinations().entrySet()) {
            destinations.add(new Svg.Bar(text.get("destination." + e.getKey().name()), e.getValue()));
        }
        chart(h, "destinations", text.get("report.destinations"), destinations, List.of(text.get("report.paths")), null);

        List<Svg.Bar> changes = new ArrayList<>();
        for (Map.Entry<String, Map<ChangeOutcome, Long>> e : cohort.changes().entrySet()) {
            Map<ChangeOutcome, Long> o = e.getValue();
            changes.add(new Svg.Bar(e.getKey(), o.get(ChangeOutcome.IMPROVED), o.get(ChangeOutcome.UNCHANGED),
                    o.get(ChangeOutcome.WORSENED)));
        }
        chart(h, "changes", text.get("report.changes"), changes, List.of(text.get("change.IMPROVED"),
                text.get("change.UNCHANGED"), text.get("change.WORSENED")),
                changes.isEmpty() ? null : text.get("report.respondentNote"));

        List<Svg.Bar> criteria = new ArrayList<>();
        List<Cohort.CriterionRow> byPerson = new ArrayList<>();
        for (Cohort.CriterionRow c : cohort.criteria()) {
            if (c.byPerson) {
                byPerson.add(c);
                continue;
            }
            String label = c.name.isEmpty() ? c.code : c.name;
            Svg.Bar bar = new Svg.Bar(label, text.get("report.barMet", "met", c.met), c.counts());
            // Criteria about other subjects (processes, the organisation) have no paths to count.
            if (bar.total() > 0) {
                criteria.add(bar);
            }
        }
        chart(h, "criteria", text.get("report.criteria"), criteria, criterionOutcomes(),
                criteria.isEmpty() ? null : text.get("report.criteriaNote"));
        if (cohort.criteria().isEmpty()) {
            h.append("<p class=\"note\">").append(Html.escape(text.get("report.noCriteria"))).append("</p>\n");
        }
        if (!byPerson.isEmpty()) {
            h.append("<section id=\"by-person\">\n<h2>").append(Html.escape(text.get("report.byPersonTitle")))
                    .append("</h2>\n<p>").append(Html.escape(text.get("report.byPerson"))).append("</p>\n<ul>\n");
            for (Cohort.CriterionRow c : byPerson) {
                h.append("<li>").append(Html.escape(c.name.isEmpty() ? c.code : c.name)).append("</li>\n");
            }
            h.append("</ul>\n</section>\n");
        }
        h.append("</main>\n<footer><p class=\"note\">").append(Html.escape(text.get("report.generated", "version",
                VersionProvider.version()))).append("</p></footer>\n");
        h.append("</body>\n</html>\n");
        out.print(h);
        out.flush();
    }

    private void chart(StringBuilder h, String id, String title, List<Svg.Bar> bars, List<String> partNames,
            String note) {
        h.append("<section id=\"").append(id).append("\">\n<h2>").append(Html.escape(title)).append("</h2>\n");
        if (note != null) {
            h.append("<p class=\"note\">").append(Html.escape(note)).append("</p>\n");
        }
        h.append(Svg.chart(id, title, bars, partNames, text.get("report.none"))).append('\n');
        if (bars.isEmpty()) {
            h.append("</section>\n");
            return;
        }
        // GH-18: the same numbers as a table, always shown (and printed), for every reader and for copying.
        h.append("<table>\n<caption>").append(Html.escape(text.get("report.tableOf", "chart", title)))
                .append("</caption>\n<tr><th scope=\"col\">").append(Html.escape(text.get("report.item"))).append("</th>");
        for (String part : partNames) {
            h.append("<th scope=\"col\" class=\"n\">").append(Html.escape(part)).append("</th>");
        }
        h.append("</tr>\n");
        for (Svg.Bar bar : bars) {
            h.append("<tr><th scope=\"row\">").append(Html.escape(bar.label)).append("</th>");
            for (long part : bar.parts) {
                h.append("<td class=\"n\">").append(part).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n</section>\n");
    }
}

package io.github.polku.cli;

import io.github.polku.serialization.jackson.PolkuJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * GH-18: {@code polku codes [SET]}: every code set of the exchange format with its codes and their labels
 * in Finnish, Swedish and English (the bundle {@code io/github/polku/cli/Codes*.properties}).
 */
@Command(name = "codes", sortOptions = false,
        description = {
            "Lists the code sets of the exchange format, each code with its label in Finnish, Swedish and English.",
            "With SET, only that code set."},
        exitCodeList = {"0:success", "2:unknown code set or usage problem", "3:internal error"})
final class CodesCommand implements Callable<Integer> {

    /** Output formats of {@code --format}. */
    enum Format { TEXT, JSON }

    /** The code sets of the format; the wire codes are the constants' names (a test checks docs/FORMAT.md). */
    static final List<Class<? extends Enum<?>>> SETS = List.of(
            io.github.polku.service.ActivityBasis.class,
            io.github.polku.service.AllowanceType.class,
            io.github.polku.contact.AnonymousChannel.class,
            io.github.polku.codevelopment.ArnsteinRung.class,
            io.github.polku.quality.AssessmentKind.class,
            io.github.polku.service.AttendanceStatus.class,
            io.github.polku.client.ClientLanguage.class,
            io.github.polku.path.ClosureReason.class,
            io.github.polku.codevelopment.CommitmentLevel.class,
            io.github.polku.codevelopment.Compensation.class,
            io.github.polku.quality.Confidence.class,
            io.github.polku.contact.ContactActivity.class,
            io.github.polku.path.ContactChannel.class,
            io.github.polku.quality.CriterionOutcome.class,
            io.github.polku.path.DeadlineGroup.class,
            io.github.polku.codevelopment.DecisionRight.class,
            io.github.polku.service.DeliveryMode.class,
            io.github.polku.path.Destination.class,
            io.github.polku.measurement.Direction.class,
            io.github.polku.service.FundingType.class,
            io.github.polku.path.GoalStatus.class,
            io.github.polku.measurement.IcfChapter.class,
            io.github.polku.codevelopment.IdeaStatus.class,
            io.github.polku.service.ObligationExemption.class,
            io.github.polku.measurement.Occasion.class,
            io.github.polku.client.OmissionReason.class,
            io.github.polku.client.OrganiserType.class,
            io.github.polku.codevelopment.ParticipantKind.class,
            io.github.polku.codevelopment.ParticipationRole.class,
            io.github.polku.path.PauseReason.class,
            io.github.polku.codevelopment.Phase.class,
            io.github.polku.path.PlanParticipant.class,
            io.github.polku.client.Profession.class,
            io.github.polku.service.ProviderType.class,
            io.github.polku.measurement.Respondent.class,
            io.github.polku.service.ServiceForm.class,
            io.github.polku.service.ServiceKind.class,
            io.github.polku.service.ServiceMethod.class,
            io.github.polku.codevelopment.SessionFormat.class,
            io.github.polku.validation.Severity.class,
            io.github.polku.service.SocialRehabilitationComponent.class,
            io.github.polku.path.Stage.class,
            io.github.polku.quality.SubjectKind.class,
            io.github.polku.client.SupportNeed.class,
            io.github.polku.service.VoucherValueUnit.class,
            io.github.polku.path.YouthPlacementTarget.class);

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text (default), or json: one object, code set name to an array of "
                    + "{code, fi, sv, en}.")
    Format format;

    @Parameters(paramLabel = "SET", arity = "0..1",
            description = "The code set, by name (ContactChannel), in any case.")
    String set;

    private final Environment env;

    CodesCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        List<Class<? extends Enum<?>>> chosen = new ArrayList<>();
        for (Class<? extends Enum<?>> type : SETS) {
            if (set == null || type.getSimpleName().equalsIgnoreCase(set)) {
                chosen.add(type);
            }
        }
        if (chosen.isEmpty()) {
            List<String> names = new ArrayList<>();
            SETS.forEach(t -> names.add(t.getSimpleName()));
            env.err().println("polku: unknown code set; one of: " + String.join(", ", names));
            return ExitStatus.USAGE;
        }
        Map<String, List<Map<String, String>>> table = table(chosen);
        if (format == Format.JSON) {
            env.out().println(PolkuJson.mapper().writeValueAsString(table));
        } else {
            for (Map.Entry<String, List<Map<String, String>>> entry : table.entrySet()) {
                env.out().println(entry.getKey());
                for (Map<String, String> code : entry.getValue()) {
                    env.out().println("  " + code.get("code") + "  fi: " + code.get("fi") + " | sv: " + code.get("sv")
                            + " | en: " + code.get("en"));
                }
            }
        }
        env.out().flush();
        return ExitStatus.OK;
    }

    /** The codes of each set with their labels, in the order of the set. */
    static Map<String, List<Map<String, String>>> table(List<Class<? extends Enum<?>>> sets) {
        Properties fi = labels("Codes_fi.properties");
        Properties sv = labels("Codes_sv.properties");
        Properties en = labels("Codes.properties");
        Map<String, List<Map<String, String>>> table = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> type : sets) {
            List<Map<String, String>> codes = new ArrayList<>();
            for (Enum<?> constant : type.getEnumConstants()) {
                String key = type.getSimpleName() + "." + constant.name();
                Map<String, String> code = new LinkedHashMap<>();
                code.put("code", constant.name());
                code.put("fi", fi.getProperty(key, constant.name()));
                code.put("sv", sv.getProperty(key, constant.name()));
                code.put("en", en.getProperty(key, constant.name()));
                codes.add(code);
            }
            table.put(type.getSimpleName(), codes);
        }
        return table;
    }

    /** One language's labels, read as it is (no fallback to another language, no default locale). */
    static Properties labels(String file) {
        Properties labels = new Properties();
        try (InputStream in = CodesCommand.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            labels.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }
}

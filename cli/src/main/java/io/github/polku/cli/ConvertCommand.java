package io.github.polku.cli;

import io.github.polku.client.Client;
import io.github.polku.client.ClientIdentity;
import io.github.polku.fhir.BundleKind;
import io.github.polku.fhir.FhirContent;
import io.github.polku.fhir.FhirReadResult;
import io.github.polku.fhir.PolkuFhir;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.serialization.jackson.DocumentResult;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code polku convert}: Polku documents to HL7 FHIR R4 bundles ({@code --to fhir}) and back
 * ({@code --from fhir}).
 */
@Command(name = "convert", sortOptions = false,
        description = {
            "Converts between Polku documents and HL7 FHIR R4 JSON bundles (docs/FHIR.md).",
            "--to fhir: each FILE is a rehabilitation path, a client or a client identity document; it becomes "
                    + "one bundle. One FILE gives one pretty-printed bundle, several give one bundle per line.",
            "--from fhir: each FILE is a FHIR JSON bundle; the path, client and identity it holds are written as "
                    + "Polku documents, one per line (NDJSON, as 'polku validate --ndjson' reads).",
            "A document or bundle with errors is not converted: its problems go to standard error."},
        exitCodeList = {
            "0:every file was converted",
            "1:at least one file has an error and was not converted",
            "2:usage or I/O problem",
            "3:internal error"})
final class ConvertCommand implements Callable<Integer> {

    /** The formats Polku converts to and from. */
    enum Format { FHIR }

    /** The kinds of bundle {@code --bundle} offers. */
    enum Kind { COLLECTION, TRANSACTION }

    @Spec
    CommandSpec spec;

    @Option(names = "--to", paramLabel = "fhir", description = "Convert Polku documents to FHIR bundles.")
    Format to;

    @Option(names = "--from", paramLabel = "fhir", description = "Convert FHIR bundles to Polku documents.")
    Format from;

    @Option(names = "--bundle", paramLabel = "collection|transaction", defaultValue = "collection",
            description = "With --to fhir: the bundle type; a transaction POSTs every resource (default: collection).")
    Kind kind;

    @Option(names = "--out", paramLabel = "OUT", description = "Write to this file instead of standard output.")
    Path out;

    @Option(names = "--lang", paramLabel = "fi|sv|en",
            description = "Language of the messages. Default: the environment's locale if it is Finnish "
                    + "or Swedish, else English.")
    Language lang;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to convert.")
    List<Path> files = new ArrayList<>();

    private final Environment env;

    ConvertCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if ((to == null) == (from == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give exactly one of --to fhir and --from fhir");
        }
        CliText text = CliText.of(Language.choose(lang, env.locale()));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream sink = new PrintStream(buffer, false, StandardCharsets.UTF_8);
        PolkuFhir fhir = PolkuFhir.create();
        PolkuDocuments documents = PolkuDocuments.strict();
        boolean invalid = false;
        boolean ioProblem = false;
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                env.err().println(text.get("io.cannotRead", "file", file, "reason", reason(e, text)));
                ioProblem = true;
                continue;
            }
            boolean ok = to != null ? toFhir(fhir, documents, file, bytes, sink, text) : fromFhir(fhir, documents, file, bytes, sink, text);
            invalid |= !ok;
        }
        sink.flush();
        try {
            if (out != null) {
                Files.write(out, buffer.toByteArray());
            } else {
                buffer.writeTo(env.out());
                env.out().flush();
            }
        } catch (IOException e) {
            env.err().println(text.get("io.cannotWriteFile", "file", out, "reason", reason(e, text)));
            return ExitStatus.USAGE;
        }
        return ioProblem ? ExitStatus.USAGE : invalid ? ExitStatus.INVALID : ExitStatus.OK;
    }

    private boolean toFhir(PolkuFhir fhir, PolkuDocuments documents, Path file, byte[] bytes, PrintStream sink, CliText text) {
        DocumentResult result = documents.readAndValidate(bytes);
        if (!accepted(file, result.isValid(), result.getReport(), text)) {
            return false;
        }
        Object value = result.getValue().get();
        FhirContent content;
        if (value instanceof RehabilitationPath) {
            content = FhirContent.of((RehabilitationPath) value);
        } else if (value instanceof Client) {
            content = FhirContent.of((Client) value);
        } else if (value instanceof ClientIdentity) {
            content = FhirContent.of((ClientIdentity) value);
        } else {
            env.err().println(text.get("convert.notMapped", "file", file, "type", result.getType().get().getCode()));
            return false;
        }
        BundleKind bundleKind = kind == Kind.TRANSACTION ? BundleKind.TRANSACTION : BundleKind.COLLECTION;
        String json = fhir.toJson(content, bundleKind);
        if (files.size() > 1) {
            json = fhir.getContext().newJsonParser().encodeResourceToString(fhir.toBundle(content, bundleKind));
        }
        sink.print(json);
        sink.print('\n');
        return true;
    }

    private boolean fromFhir(PolkuFhir fhir, PolkuDocuments documents, Path file, byte[] bytes, PrintStream sink, CliText text) {
        FhirReadResult result = fhir.fromJson(bytes);
        if (!accepted(file, result.isValid(), result.getReport(), text)) {
            return false;
        }
        FhirContent content = result.getContent().get();
        List<Object> values = new ArrayList<>();
        content.getPath().ifPresent(values::add);
        content.getClient().ifPresent(values::add);
        content.getIdentity().ifPresent(values::add);
        for (Object value : values) {
            write(documents, value, sink);
            sink.print('\n');
        }
        return true;
    }

    private static void write(PolkuDocuments documents, Object value, OutputStream sink) {
        documents.write(value, sink);
    }

    /** Tells every problem of an input that cannot be converted on standard error; returns {@code valid}. */
    private boolean accepted(Path file, boolean valid, ValidationReport report, CliText text) {
        if (!valid) {
            for (Violation violation : report.getViolations()) {
                env.err().println(text.get("convert.problem", "file", file, "pointer",
                        violation.getPath().isEmpty() ? "/" : violation.getPath(),
                        "message", violation.getMessage(Language.choose(lang, env.locale()).locale()), "code", violation.getCode()));
            }
        }
        return valid;
    }

    private static String reason(IOException e, CliText text) {
        if (e instanceof NoSuchFileException) {
            return text.get("io.noSuchFile");
        }
        return Inputs.reason(e, text);
    }
}

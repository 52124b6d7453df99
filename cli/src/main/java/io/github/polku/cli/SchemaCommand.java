package io.github.polku.cli;

import io.github.polku.serialization.jackson.DocumentType;
import io.github.polku.serialization.jackson.JsonSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code polku schema}: prints the shipped JSON Schema of a document type, or lists the types.
 */
@Command(name = "schema",
        description = {
            "Prints the JSON Schema (2020-12) of a document type, exactly as shipped in polku-serialization.",
            "Without DOCUMENT_TYPE, lists the document types, one per line. With --all --out DIR, writes every "
                    + "schema into DIR as TYPE.schema.json (type in file-name form, e.g. rehabilitation-path)."},
        exitCodeList = {"0:success", "2:unknown document type or usage problem", "3:internal error"})
final class SchemaCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DOCUMENT_TYPE", arity = "0..1",
            description = "The document type: its code (REHABILITATION_PATH) or file name (rehabilitation-path), "
                    + "in any case.")
    String documentType;

    @Option(names = "--all", description = "Write the schema of every document type (needs --out).")
    boolean all;

    @Option(names = "--out", paramLabel = "DIR",
            description = "With --all: the directory to write the schemas into; it is created if missing.")
    Path out;

    private final Environment env;

    SchemaCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (all || out != null) {
            return writeAll();
        }
        if (documentType == null) {
            for (DocumentType type : DocumentType.values()) {
                env.out().println(type.getCode());
            }
            env.out().flush();
            return ExitStatus.OK;
        }
        Optional<DocumentType> type = find(documentType);
        if (type.isEmpty()) {
            env.err().println("polku: unknown document type; one of: " + String.join(", ", codes()));
            return ExitStatus.USAGE;
        }
        String schema = JsonSchemas.of(type.get());
        env.out().print(schema.endsWith("\n") ? schema : schema + "\n");
        env.out().flush();
        return ExitStatus.OK;
    }

    /** GH-18: {@code --all --out DIR}: every schema as a file, one line per file written on standard output. */
    private int writeAll() {
        if (!all || out == null || documentType != null) {
            env.err().println("polku: use 'polku schema --all --out DIR' (no DOCUMENT_TYPE) or 'polku schema DOCUMENT_TYPE'");
            return ExitStatus.USAGE;
        }
        try {
            Files.createDirectories(out);
            for (DocumentType type : DocumentType.values()) {
                Path file = out.resolve(type.getFileName() + ".schema.json");
                String schema = JsonSchemas.of(type);
                Files.writeString(file, schema.endsWith("\n") ? schema : schema + "\n", StandardCharsets.UTF_8);
                env.out().println(file);
            }
        } catch (IOException | InvalidPathException e) {
            // the message of an I/O exception may quote more than the path; only a fixed reason is shown
            env.err().println("polku: cannot write the schemas into " + out);
            return ExitStatus.USAGE;
        }
        env.out().flush();
        return ExitStatus.OK;
    }

    static Optional<DocumentType> find(String name) {
        for (DocumentType type : DocumentType.values()) {
            if (type.getCode().equalsIgnoreCase(name) || type.getFileName().equalsIgnoreCase(name)
                    || type.getCode().equalsIgnoreCase(name.replace('-', '_').toUpperCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    static String[] codes() {
        DocumentType[] types = DocumentType.values();
        String[] codes = new String[types.length];
        for (int i = 0; i < types.length; i++) {
            codes[i] = types[i].getCode();
        }
        return codes;
    }
}
